ALTER TABLE "audit_log" ALTER COLUMN "prev_hash" SET DEFAULT '';--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "hash" SET DEFAULT '';--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "entry_digest" text;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "chain_seq" bigint;--> statement-breakpoint
CREATE UNIQUE INDEX "audit_log_chain_seq_key" ON "audit_log" USING btree ("chain_seq");--> statement-breakpoint
-- Entries chained so far were chained in id order, under the lock their writer held.
UPDATE "audit_log" SET "chain_seq" = "id";--> statement-breakpoint
-- Chains an entry at its transaction's commit: the lock is held only from here to the end of
-- the commit, so concurrent writers no longer queue for the whole of each other's transaction.
-- Every statement of a volatile function takes a fresh snapshot: once the lock is held, the last
-- entry read is the last one committed.
CREATE FUNCTION "audit_log_chain"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  last_hash text;
  last_seq bigint;
  prev text;
BEGIN
  IF NEW.entry_digest IS NULL THEN
    RAISE EXCEPTION 'audit_log: entry_digest is required';
  END IF;
  PERFORM pg_advisory_xact_lock(727275);
  SELECT "hash", "chain_seq" INTO last_hash, last_seq FROM "audit_log"
   WHERE "chain_seq" IS NOT NULL ORDER BY "chain_seq" DESC LIMIT 1;
  prev := coalesce(last_hash, repeat('0', 64));
  UPDATE "audit_log"
     SET "chain_seq" = coalesce(last_seq, 0) + 1,
         "prev_hash" = prev,
         "hash" = encode(sha256(convert_to(prev || E'\n' || NEW.entry_digest, 'UTF8')), 'hex')
   WHERE "id" = NEW.id;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "audit_log_chain" AFTER INSERT ON "audit_log"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "audit_log_chain"();
