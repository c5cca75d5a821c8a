import type { MigrationInterface, QueryRunner } from 'typeorm';

const COURSE_FK = 'contact_course_id_fkey';
const WORKER_FK = 'contact_worker_id_fkey';

/**
 * contact holds a million rows at national scale, and its two foreign keys checked each row on its own: 11.8 s of the
 * 16.5 s an INSERT … SELECT of 1.15M contacts took (measured by dropping them in a rolled-back transaction). As for
 * measurement_value (migration 1764210000000), both references are now kept per statement, under the foreign keys'
 * names and SQLSTATEs: an orphan on INSERT/UPDATE is refused (23503); deleting a course deletes its contacts (the
 * cascade); deleting, re-keying or truncating a worker or course that contacts still refer to is refused. The checks
 * lock the referenced rows FOR KEY SHARE, as the foreign keys did.
 * A worker's "no action" check runs once the statement's cascades have run (an evaluation's workers and courses go in
 * one), and a contact whose course is gone by then is on its way out with it, so it does not hold its worker.
 */
export class ContactStatementReferences1764300000000 implements MigrationInterface {
  name = 'ContactStatementReferences1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE contact DROP CONSTRAINT ${COURSE_FK}, DROP CONSTRAINT ${WORKER_FK};

      -- runs as the tables' owner, as a foreign key's checks do
      CREATE FUNCTION contact_references_exist() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE ref record; missing bigint;
      BEGIN
        FOR ref IN SELECT * FROM (VALUES ('course_id', 'course', '${COURSE_FK}'), ('worker_id', 'worker', '${WORKER_FK}')) r (col, tbl, fk) LOOP
          -- one hash of the distinct keys; count(*) reads every referenced row, so each is locked (a null worker refers to none)
          EXECUTE format('WITH wanted AS MATERIALIZED (SELECT DISTINCT %1$I AS id FROM changed_contacts WHERE %1$I IS NOT NULL)
            SELECT (SELECT count(*) FROM wanted) - (SELECT count(*) FROM (SELECT FROM %2$I t JOIN wanted w ON w.id = t.id FOR KEY SHARE OF t) found)',
            ref.col, ref.tbl) INTO missing;
          IF missing > 0 THEN
            EXECUTE format('SELECT n.%1$I FROM changed_contacts n WHERE n.%1$I IS NOT NULL AND NOT EXISTS (SELECT 1 FROM %2$I t WHERE t.id = n.%1$I) LIMIT 1',
              ref.col, ref.tbl) INTO missing;
            RAISE EXCEPTION 'insert or update on table "contact" violates foreign key constraint "%"', ref.fk USING
              ERRCODE = 'foreign_key_violation', CONSTRAINT = ref.fk, TABLE = 'contact',
              DETAIL = format('Key (%s)=(%s) is not present in table "%s".', ref.col, missing, ref.tbl);
          END IF;
        END LOOP;
        RETURN NULL;
      END $$;
      CREATE TRIGGER contact_references_insert AFTER INSERT ON contact
        REFERENCING NEW TABLE AS changed_contacts FOR EACH STATEMENT EXECUTE FUNCTION contact_references_exist();
      CREATE TRIGGER contact_references_update AFTER UPDATE ON contact
        REFERENCING NEW TABLE AS changed_contacts FOR EACH STATEMENT EXECUTE FUNCTION contact_references_exist();

      -- ON DELETE CASCADE from course, one DELETE per statement (contact_course indexes course_id)
      CREATE FUNCTION contact_cascade_delete() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        DELETE FROM contact c USING deleted_rows d WHERE c.course_id = d.id;
        RETURN NULL;
      END $$;
      CREATE TRIGGER contact_cascade_delete AFTER DELETE ON course
        REFERENCING OLD TABLE AS deleted_rows FOR EACH STATEMENT EXECUTE FUNCTION contact_cascade_delete();

      -- no action from worker, per statement: no contact of a course still there may refer to a deleted worker
      CREATE FUNCTION contact_worker_kept() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE referenced integer;
      BEGIN
        SELECT d.id FROM deleted_rows d JOIN contact c ON c.worker_id = d.id
        WHERE EXISTS (SELECT 1 FROM course k WHERE k.id = c.course_id) AND NOT EXISTS (SELECT 1 FROM worker w WHERE w.id = d.id) LIMIT 1 INTO referenced;
        IF referenced IS NOT NULL THEN
          RAISE EXCEPTION 'update or delete on table "worker" violates foreign key constraint "${WORKER_FK}" on table "contact"' USING
            ERRCODE = 'foreign_key_violation', CONSTRAINT = '${WORKER_FK}', TABLE = 'worker',
            DETAIL = format('Key (id)=(%s) is still referenced from table "contact".', referenced);
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER contact_worker_delete AFTER DELETE ON worker
        REFERENCING OLD TABLE AS deleted_rows FOR EACH STATEMENT EXECUTE FUNCTION contact_worker_kept();

      -- a course's or worker's id may not change while contacts refer to it (never done; WHEN costs nothing)
      CREATE FUNCTION contact_key_kept() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE referenced integer;
      BEGIN
        EXECUTE format('SELECT $1 WHERE NOT EXISTS (SELECT 1 FROM %I t WHERE t.id = $1) AND EXISTS (SELECT 1 FROM contact c WHERE c.%I = $1)',
          TG_TABLE_NAME, TG_ARGV[0]) INTO referenced USING OLD.id;
        IF referenced IS NOT NULL THEN
          RAISE EXCEPTION 'update or delete on table "%" violates foreign key constraint "%" on table "contact"', TG_TABLE_NAME, TG_ARGV[1] USING
            ERRCODE = 'foreign_key_violation', CONSTRAINT = TG_ARGV[1], TABLE = TG_TABLE_NAME,
            DETAIL = format('Key (id)=(%s) is still referenced from table "contact".', referenced);
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER contact_course_rekey AFTER UPDATE OF id ON course FOR EACH ROW WHEN (OLD.id IS DISTINCT FROM NEW.id)
        EXECUTE FUNCTION contact_key_kept('course_id', '${COURSE_FK}');
      CREATE TRIGGER contact_worker_rekey AFTER UPDATE OF id ON worker FOR EACH ROW WHEN (OLD.id IS DISTINCT FROM NEW.id)
        EXECUTE FUNCTION contact_key_kept('worker_id', '${WORKER_FK}');

      -- a foreign key refused TRUNCATE of the referenced table alone; refused here unless the contacts went with it
      CREATE FUNCTION contact_truncated_with() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM contact) THEN
          RAISE EXCEPTION 'cannot truncate a table referenced in a foreign key constraint' USING ERRCODE = 'feature_not_supported',
            DETAIL = format('Table "contact" references "%s".', TG_TABLE_NAME), HINT = 'Truncate table "contact" at the same time.';
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER contact_truncated_with AFTER TRUNCATE ON course FOR EACH STATEMENT EXECUTE FUNCTION contact_truncated_with();
      CREATE TRIGGER contact_truncated_with AFTER TRUNCATE ON worker FOR EACH STATEMENT EXECUTE FUNCTION contact_truncated_with();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER contact_truncated_with ON course;
      DROP TRIGGER contact_truncated_with ON worker;
      DROP TRIGGER contact_worker_rekey ON worker;
      DROP TRIGGER contact_course_rekey ON course;
      DROP TRIGGER contact_worker_delete ON worker;
      DROP TRIGGER contact_cascade_delete ON course;
      DROP TRIGGER contact_references_update ON contact;
      DROP TRIGGER contact_references_insert ON contact;
      DROP FUNCTION contact_truncated_with(), contact_key_kept(), contact_worker_kept(), contact_cascade_delete(), contact_references_exist();
      ALTER TABLE contact
        ADD CONSTRAINT ${COURSE_FK} FOREIGN KEY (course_id) REFERENCES course(id) ON DELETE CASCADE,
        ADD CONSTRAINT ${WORKER_FK} FOREIGN KEY (worker_id) REFERENCES worker(id);
    `);
  }
}
