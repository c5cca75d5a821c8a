import type { MigrationInterface, QueryRunner } from 'typeorm';

// Each audit row carries the SHA-256 of its own content and of the row before it, so changing, removing or inserting a
// row behind the application's back breaks the chain where it happened (`cti-outcomes audit verify` finds it).
export class AuditHashChain1764000000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE audit_event ADD COLUMN seq bigint, ADD COLUMN prev_hash text, ADD COLUMN hash text;

      -- the chain's end: one row, updated by the chaining trigger only
      CREATE TABLE audit_chain_head (
        only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
        seq bigint NOT NULL,
        hash text NOT NULL
      );
      REVOKE ALL ON audit_chain_head FROM PUBLIC;

      -- what a row's hash covers, field by field (unit separator between, \\N for a missing value); verify rebuilds it
      CREATE FUNCTION audit_event_canonical(e audit_event) RETURNS text LANGUAGE sql STABLE AS $$
        SELECT concat_ws(chr(31), e.seq::text, e.prev_hash, to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
          e.actor, coalesce(e.user_id::text, '\\N'), e.role, e.action, e.outcome, coalesce(e.evaluation, '\\N'),
          coalesce(e.municipality_code::text, '\\N'), coalesce(e.target, '\\N'), e.detail::text, coalesce(e.origin, '\\N'))
      $$;

      -- rows already written are chained in the order they were written
      ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_delete;
      DO $$
      DECLARE r audit_event; previous text := repeat('0', 64); n bigint := 0;
      BEGIN
        FOR r IN SELECT * FROM audit_event ORDER BY id LOOP
          n := n + 1;
          r.seq := n;
          r.prev_hash := previous;
          r.hash := encode(sha256(convert_to(audit_event_canonical(r), 'UTF8')), 'hex');
          UPDATE audit_event SET seq = r.seq, prev_hash = r.prev_hash, hash = r.hash WHERE id = r.id;
          previous := r.hash;
        END LOOP;
        INSERT INTO audit_chain_head VALUES (true, n, previous);
      END $$;
      ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_delete;
      ALTER TABLE audit_event ALTER COLUMN seq SET NOT NULL, ALTER COLUMN prev_hash SET NOT NULL, ALTER COLUMN hash SET NOT NULL;
      ALTER TABLE audit_event ADD CONSTRAINT audit_event_seq_key UNIQUE (seq);

      -- runs as the table's owner, so an application role that may only INSERT still chains its rows; the lock on the
      -- head orders concurrent writers (held to their commit: audit rows are written last in a transaction)
      CREATE FUNCTION audit_event_chain() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE head audit_chain_head;
      BEGIN
        SELECT * INTO head FROM audit_chain_head FOR UPDATE;
        NEW.seq := head.seq + 1;
        NEW.prev_hash := head.hash;
        NEW.hash := encode(sha256(convert_to(audit_event_canonical(NEW), 'UTF8')), 'hex');
        UPDATE audit_chain_head SET seq = NEW.seq, hash = NEW.hash;
        RETURN NEW;
      END $$;
      CREATE TRIGGER audit_event_chain BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_chain();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER audit_event_chain ON audit_event;
      DROP FUNCTION audit_event_chain();
      DROP FUNCTION audit_event_canonical(audit_event);
      DROP TABLE audit_chain_head;
      ALTER TABLE audit_event DROP COLUMN seq, DROP COLUMN prev_hash, DROP COLUMN hash;
    `);
  }
}
