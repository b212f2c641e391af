-- The approved minutes' document is written once, like the approved minutes themselves: PostgreSQL refuses to
-- change or delete it.
CREATE FUNCTION minutes_document_refuse_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'the approved minutes of meeting % are kept as approved: % on minutes_document refused',
        OLD.meeting_id, TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER minutes_document_unchangeable BEFORE UPDATE OR DELETE ON minutes_document
    FOR EACH ROW EXECUTE FUNCTION minutes_document_refuse_change();
