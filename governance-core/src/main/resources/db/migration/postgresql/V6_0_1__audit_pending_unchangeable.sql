-- A record waiting to be sealed can only be inserted, then deleted by the sealer that appends it to the chain
-- (in the same transaction): PostgreSQL refuses to change one.
CREATE FUNCTION audit_pending_refuse_update() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_pending records cannot be changed: UPDATE refused';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_pending_no_update
    BEFORE UPDATE ON audit_pending
    FOR EACH ROW EXECUTE FUNCTION audit_pending_refuse_update();
