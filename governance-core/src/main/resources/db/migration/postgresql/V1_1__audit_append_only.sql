-- PostgreSQL refuses any change to a written audit entry: the log is append-only in the database
-- itself, not only in the application. (H2 can only run triggers written in Java, which it cannot
-- load from the application inside Payara; there the hash chain check is the guard.)
CREATE FUNCTION audit_entry_refuse_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_entry_append_only
    BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_refuse_change();
