import type { MigrationInterface, QueryRunner } from 'typeorm';

const MEASUREMENT_FK = 'measurement_value_measurement_id_fkey';
const ITEM_FK = 'measurement_value_item_id_fkey';

/**
 * measurement_value holds one row per item value (27 per reading, millions nationally). Its two foreign keys checked
 * every row on its own, which made a COPY of 1M values 3.6–8× slower than key and range trigger alone. The same
 * constraints are now kept per statement, with one join over the statement's rows (a transition table), under the
 * names and SQLSTATEs the foreign keys had: orphans on INSERT/UPDATE are refused (23503), deleting a measurement
 * deletes its values (the cascade), deleting or re-keying a referenced item or measurement is refused (no action).
 * As the foreign keys did, the check locks the referenced rows FOR KEY SHARE, so a concurrent delete waits for it.
 */
export class MeasurementValueStatementReferences1764210000000 implements MigrationInterface {
  name = 'MeasurementValueStatementReferences1764210000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE measurement_value DROP CONSTRAINT ${MEASUREMENT_FK}, DROP CONSTRAINT ${ITEM_FK};

      -- runs as the tables' owner, as a foreign key's checks do
      CREATE FUNCTION measurement_value_references_exist() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE ref record; missing bigint;
      BEGIN
        FOR ref IN SELECT * FROM (VALUES ('measurement_id', 'measurement', '${MEASUREMENT_FK}'), ('item_id', 'instrument_item', '${ITEM_FK}')) r (col, tbl, fk) LOOP
          -- one hash of the distinct keys (a probe per row costs more: 686,111 rows at 10k courses); count(*) reads every
          -- referenced row, so each is locked
          EXECUTE format('WITH wanted AS MATERIALIZED (SELECT DISTINCT %1$I AS id FROM changed_values)
            SELECT (SELECT count(*) FROM wanted) - (SELECT count(*) FROM (SELECT FROM %2$I t JOIN wanted w ON w.id = t.id FOR KEY SHARE OF t) found)',
            ref.col, ref.tbl) INTO missing;
          IF missing > 0 THEN
            EXECUTE format('SELECT n.%1$I FROM changed_values n WHERE NOT EXISTS (SELECT 1 FROM %2$I t WHERE t.id = n.%1$I) LIMIT 1',
              ref.col, ref.tbl) INTO missing;
            RAISE EXCEPTION 'insert or update on table "measurement_value" violates foreign key constraint "%"', ref.fk USING
              ERRCODE = 'foreign_key_violation', CONSTRAINT = ref.fk, TABLE = 'measurement_value',
              DETAIL = format('Key (%s)=(%s) is not present in table "%s".', ref.col, missing, ref.tbl);
          END IF;
        END LOOP;
        RETURN NULL;
      END $$;
      -- (a transition table rules out UPDATE OF <columns>: every UPDATE is checked, over the rows it changed)
      CREATE TRIGGER measurement_value_references_insert AFTER INSERT ON measurement_value
        REFERENCING NEW TABLE AS changed_values FOR EACH STATEMENT EXECUTE FUNCTION measurement_value_references_exist();
      CREATE TRIGGER measurement_value_references_update AFTER UPDATE ON measurement_value
        REFERENCING NEW TABLE AS changed_values FOR EACH STATEMENT EXECUTE FUNCTION measurement_value_references_exist();

      -- ON DELETE CASCADE from measurement, one DELETE per statement (a course's cascade is one statement)
      CREATE FUNCTION measurement_value_cascade_delete() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        DELETE FROM measurement_value v USING deleted_rows d WHERE v.measurement_id = d.id;
        RETURN NULL;
      END $$;
      CREATE TRIGGER measurement_value_cascade_delete AFTER DELETE ON measurement
        REFERENCING OLD TABLE AS deleted_rows FOR EACH STATEMENT EXECUTE FUNCTION measurement_value_cascade_delete();

      -- no action: a key still referenced at the end of the statement may not go (TG_ARGV: the column, the constraint);
      -- deletes per statement (an instrument's items go in one), a changed id per row (never done; WHEN costs nothing)
      CREATE FUNCTION measurement_value_key_kept() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE referenced integer;
      BEGIN
        IF TG_LEVEL = 'ROW' THEN
          EXECUTE format('SELECT $1 WHERE NOT EXISTS (SELECT 1 FROM %I t WHERE t.id = $1) AND EXISTS (SELECT 1 FROM measurement_value v WHERE v.%I = $1)',
            TG_TABLE_NAME, TG_ARGV[0]) INTO referenced USING OLD.id;
        ELSE
          EXECUTE format('SELECT d.id FROM deleted_rows d WHERE EXISTS (SELECT 1 FROM measurement_value v WHERE v.%I = d.id) LIMIT 1', TG_ARGV[0]) INTO referenced;
        END IF;
        IF referenced IS NOT NULL THEN
          RAISE EXCEPTION 'update or delete on table "%" violates foreign key constraint "%" on table "measurement_value"', TG_TABLE_NAME, TG_ARGV[1] USING
            ERRCODE = 'foreign_key_violation', CONSTRAINT = TG_ARGV[1], TABLE = TG_TABLE_NAME,
            DETAIL = format('Key (id)=(%s) is still referenced from table "measurement_value".', referenced);
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER measurement_value_item_delete AFTER DELETE ON instrument_item
        REFERENCING OLD TABLE AS deleted_rows FOR EACH STATEMENT EXECUTE FUNCTION measurement_value_key_kept('item_id', '${ITEM_FK}');
      CREATE TRIGGER measurement_value_item_rekey AFTER UPDATE OF id ON instrument_item FOR EACH ROW WHEN (OLD.id IS DISTINCT FROM NEW.id)
        EXECUTE FUNCTION measurement_value_key_kept('item_id', '${ITEM_FK}');
      CREATE TRIGGER measurement_value_measurement_rekey AFTER UPDATE OF id ON measurement FOR EACH ROW WHEN (OLD.id IS DISTINCT FROM NEW.id)
        EXECUTE FUNCTION measurement_value_key_kept('measurement_id', '${MEASUREMENT_FK}');

      -- a foreign key refused TRUNCATE of the referenced table alone; refused here unless the values went with it
      CREATE FUNCTION measurement_value_truncated_with() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM measurement_value) THEN
          RAISE EXCEPTION 'cannot truncate a table referenced in a foreign key constraint' USING ERRCODE = 'feature_not_supported',
            DETAIL = format('Table "measurement_value" references "%s".', TG_TABLE_NAME),
            HINT = 'Truncate table "measurement_value" at the same time.';
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER measurement_value_truncated_with AFTER TRUNCATE ON measurement FOR EACH STATEMENT EXECUTE FUNCTION measurement_value_truncated_with();
      CREATE TRIGGER measurement_value_truncated_with AFTER TRUNCATE ON instrument_item FOR EACH STATEMENT EXECUTE FUNCTION measurement_value_truncated_with();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER measurement_value_truncated_with ON measurement;
      DROP TRIGGER measurement_value_truncated_with ON instrument_item;
      DROP TRIGGER measurement_value_measurement_rekey ON measurement;
      DROP TRIGGER measurement_value_item_rekey ON instrument_item;
      DROP TRIGGER measurement_value_item_delete ON instrument_item;
      DROP TRIGGER measurement_value_cascade_delete ON measurement;
      DROP TRIGGER measurement_value_references_update ON measurement_value;
      DROP TRIGGER measurement_value_references_insert ON measurement_value;
      DROP FUNCTION measurement_value_truncated_with(), measurement_value_key_kept(), measurement_value_cascade_delete(),
        measurement_value_references_exist();
      ALTER TABLE measurement_value
        ADD CONSTRAINT ${MEASUREMENT_FK} FOREIGN KEY (measurement_id) REFERENCES measurement(id) ON DELETE CASCADE,
        ADD CONSTRAINT ${ITEM_FK} FOREIGN KEY (item_id) REFERENCES instrument_item(id);
    `);
  }
}
