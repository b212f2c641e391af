-- The archive's record of sealed packages is append-only, like the decisions register; the head of the
-- chain only moves forward.
CREATE FUNCTION archive_package_refuse_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'the archive is append-only: % on archive_package refused', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER archive_package_append_only BEFORE UPDATE OR DELETE ON archive_package
    FOR EACH ROW EXECUTE FUNCTION archive_package_refuse_change();

CREATE FUNCTION archive_head_forward_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' OR NEW.last_sequence <> OLD.last_sequence + 1 THEN
        RAISE EXCEPTION 'the archive chain only grows one package at a time: % refused', TG_OP;
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER archive_head_forward BEFORE UPDATE OR DELETE ON archive_head
    FOR EACH ROW EXECUTE FUNCTION archive_head_forward_only();
