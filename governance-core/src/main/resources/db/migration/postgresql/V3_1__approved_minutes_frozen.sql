-- Approved minutes never change: PostgreSQL refuses any change to approved minutes and to their
-- sections, attendance and comments, whatever path into the database tries it. (On H2 the domain is
-- the guard: H2 can only run triggers written in Java, which it cannot load from the application.)
CREATE FUNCTION minutes_refuse_change_when_approved() RETURNS trigger AS $$
DECLARE
    approved BOOLEAN;
BEGIN
    IF TG_TABLE_NAME = 'minutes' THEN
        approved := OLD.status = 'APPROVED';
    ELSE
        SELECT m.status = 'APPROVED' INTO approved FROM minutes m WHERE m.meeting_id = OLD.meeting_id;
    END IF;
    IF approved THEN
        RAISE EXCEPTION 'minutes of meeting % are approved: % refused', OLD.meeting_id, TG_OP;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER minutes_frozen BEFORE UPDATE OR DELETE ON minutes
    FOR EACH ROW EXECUTE FUNCTION minutes_refuse_change_when_approved();
CREATE TRIGGER minutes_section_frozen BEFORE UPDATE OR DELETE ON minutes_section
    FOR EACH ROW EXECUTE FUNCTION minutes_refuse_change_when_approved();
CREATE TRIGGER minutes_attendance_frozen BEFORE UPDATE OR DELETE ON minutes_attendance
    FOR EACH ROW EXECUTE FUNCTION minutes_refuse_change_when_approved();
CREATE TRIGGER minutes_comment_frozen BEFORE UPDATE OR DELETE ON minutes_comment
    FOR EACH ROW EXECUTE FUNCTION minutes_refuse_change_when_approved();

-- Nothing is added to approved minutes either.
CREATE FUNCTION minutes_refuse_insert_when_approved() RETURNS trigger AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM minutes m WHERE m.meeting_id = NEW.meeting_id AND m.status = 'APPROVED') THEN
        RAISE EXCEPTION 'minutes of meeting % are approved: INSERT refused', NEW.meeting_id;
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER minutes_section_closed BEFORE INSERT ON minutes_section
    FOR EACH ROW EXECUTE FUNCTION minutes_refuse_insert_when_approved();
CREATE TRIGGER minutes_attendance_closed BEFORE INSERT ON minutes_attendance
    FOR EACH ROW EXECUTE FUNCTION minutes_refuse_insert_when_approved();
CREATE TRIGGER minutes_comment_closed BEFORE INSERT ON minutes_comment
    FOR EACH ROW EXECUTE FUNCTION minutes_refuse_insert_when_approved();
