-- Custom SQL migration file, put your code below! --
-- The audit log is append-only: no route, job or bug changes or removes an entry. The one update
-- allowed is the chaining of a new entry at its commit (audit_log_chain). Someone with the
-- database owner's rights can still disable this: the hash chain (thidua audit verify) shows it.
CREATE FUNCTION "audit_log_guard"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR OLD.chain_seq IS NOT NULL THEN
    RAISE EXCEPTION 'audit_log: an entry is never changed or removed' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER "audit_log_guard" BEFORE UPDATE OR DELETE ON "audit_log" FOR EACH ROW EXECUTE FUNCTION "audit_log_guard"();
