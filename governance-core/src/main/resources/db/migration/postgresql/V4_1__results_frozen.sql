-- What a closed ballot decided never changes, whatever path into the database tries it (on H2 the domain
-- is the guard, as for approved minutes).

-- A closed ballot's row is final.
CREATE FUNCTION ballot_refuse_change_when_closed() RETURNS trigger AS $$
BEGIN
    IF OLD.status = 'CLOSED' THEN
        RAISE EXCEPTION 'ballot % is closed: % refused', OLD.id, TG_OP;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER ballot_closed_final BEFORE UPDATE OR DELETE ON ballot
    FOR EACH ROW EXECUTE FUNCTION ballot_refuse_change_when_closed();

-- Votes and the electorate's record of who voted take no change once the ballot is closed. The one change
-- allowed afterwards is archiving's: blanking a secret vote's choice and weight (its receipt stays).
CREATE FUNCTION ballot_vote_refuse_change_when_closed() RETURNS trigger AS $$
DECLARE
    closed BOOLEAN;
    ballot BIGINT;
BEGIN
    IF TG_OP = 'INSERT' THEN
        ballot := NEW.ballot_id;
    ELSE
        ballot := OLD.ballot_id;
    END IF;
    SELECT b.status = 'CLOSED' INTO closed FROM ballot b WHERE b.id = ballot;
    IF closed THEN
        IF TG_TABLE_NAME = 'ballot_vote' AND TG_OP = 'UPDATE' AND OLD.secret
                AND NEW.choice IS NULL AND NEW.weight IS NULL
                AND NEW.slot = OLD.slot AND NEW.receipt = OLD.receipt AND NEW.ballot_id = OLD.ballot_id THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION 'ballot % is closed: % on % refused', ballot, TG_OP, TG_TABLE_NAME;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER ballot_vote_closed BEFORE INSERT OR UPDATE OR DELETE ON ballot_vote
    FOR EACH ROW EXECUTE FUNCTION ballot_vote_refuse_change_when_closed();
CREATE TRIGGER ballot_elector_closed BEFORE INSERT OR UPDATE OR DELETE ON ballot_elector
    FOR EACH ROW EXECUTE FUNCTION ballot_vote_refuse_change_when_closed();

-- The decisions register is append-only.
CREATE FUNCTION decision_refuse_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'the decisions register is append-only: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER decision_append_only BEFORE UPDATE OR DELETE ON decision
    FOR EACH ROW EXECUTE FUNCTION decision_refuse_change();

-- Results recorded in minutes follow the minutes: frozen once they are approved.
CREATE TRIGGER minutes_result_frozen BEFORE UPDATE OR DELETE ON minutes_result
    FOR EACH ROW EXECUTE FUNCTION minutes_refuse_change_when_approved();
CREATE TRIGGER minutes_result_closed BEFORE INSERT ON minutes_result
    FOR EACH ROW EXECUTE FUNCTION minutes_refuse_insert_when_approved();
