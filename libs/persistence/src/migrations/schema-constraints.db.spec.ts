import { join } from 'node:path';
import { DataSource, type EntityManager } from 'typeorm';
import { CohortImportService } from '@cti/cohorts';
import { copyRows } from '@cti/persistence';
import { FIXTURES, openCohortContext } from '@cti/testing/cohort-context';
import { contextForBlock } from '@cti/testing/block-context';
import { testDatabases } from '@cti/testing/databases';

interface DriverError {
  code?: string;
  constraint?: string;
  message?: string;
}
interface Refusal {
  code: '23503' | '23505' | '23514' | '0A000';
  constraint?: string;
  message?: string;
}
const CHECK = '23514';
const UNIQUE = '23505';
const FOREIGN_KEY = '23503';
// measurement_value's references are kept by triggers, under the names and SQLSTATE its foreign keys had
const MEASUREMENT_FK = 'measurement_value_measurement_id_fkey';
const ITEM_FK = 'measurement_value_item_id_fkey';
// and so are contact's, since migration 1764300000000
const CONTACT_COURSE_FK = 'contact_course_id_fkey';
const CONTACT_WORKER_FK = 'contact_worker_id_fkey';
const NO_SUCH_ID = 2147483647;

// The database itself refuses what the cohort format forbids, whatever path a write takes (import, forms, scripts).
describe.each(testDatabases())('schema constraints on $name PostgreSQL', ({ url }) => {
  const ctx = contextForBlock(() => openCohortContext(url));
  let db: DataSource;

  beforeAll(async () => {
    db = ctx.get(DataSource);
    const r = await ctx.get(CohortImportService).import({ kind: 'path', path: join(FIXTURES, 'sample-cohort') }, { actor: 'test' });
    expect(r.outcome).toBe('imported');
  });

  // A refusal names its reason: the SQLSTATE and the constraint (or the trigger's message), so a typo in a test's own SQL
  // (42601, 42703 …) can never pass for the schema refusing a row.
  const refusedWrite = async (why: Refusal, write: Promise<unknown>) => {
    const error = await write.then(() => null, (e: { driverError?: DriverError } & DriverError) => e.driverError ?? e);
    expect(error).not.toBeNull();
    expect({ code: error!.code, ...(why.constraint ? { constraint: error!.constraint } : {}), ...(why.message ? { message: error!.message } : {}) }).toEqual(
      { code: why.code, ...(why.constraint ? { constraint: why.constraint } : {}), ...(why.message ? { message: expect.stringContaining(why.message) } : {}) },
    );
  };
  const refused = (why: Refusal, sql: string, params: unknown[] = []) => refusedWrite(why, db.query(sql, params));
  const undone = new Error('undone');
  /** Runs writes that succeed in a transaction rolled back afterwards, so the other checks keep their fixture. */
  const rolledBack = (writes: (em: EntityManager) => Promise<void>) =>
    expect(db.transaction(async (em) => {
      await writes(em);
      throw undone;
    })).rejects.toBe(undone);
  const anyMeasurement = async () => (await db.query('SELECT id FROM measurement LIMIT 1'))[0].id as number;
  const item = async (instrument: string, code: string) =>
    (await db.query('SELECT ii.id FROM instrument_item ii JOIN instrument i ON i.id = ii.instrument_id WHERE i.code = $1 AND ii.code = $2 AND i.is_current', [instrument, code]))[0].id as number;

  it('keeps item values inside the registry range, in bulk inserts and updates alike', async () => {
    const m = await anyMeasurement();
    const wemwbs = await item('wemwbs', '01');
    await db.query('DELETE FROM measurement_value WHERE measurement_id = $1 AND item_id = $2', [m, wemwbs]);
    await refused({ code: CHECK, message: 'outside the item range 1..5' }, 'INSERT INTO measurement_value (measurement_id, item_id, value) VALUES ($1, $2, 6)', [m, wemwbs]);
    await db.query('INSERT INTO measurement_value (measurement_id, item_id, value) VALUES ($1, $2, 5)', [m, wemwbs]);
    await refused({ code: CHECK, message: 'value 0 outside the item range' }, 'UPDATE measurement_value SET value = 0 WHERE measurement_id = $1 AND item_id = $2', [m, wemwbs]);
    expect((await db.query('SELECT value FROM measurement_value WHERE measurement_id = $1 AND item_id = $2', [m, wemwbs]))[0].value).toBe('5');
    // in bulk: the check compares each item's lowest and highest new value, and names the value out of range
    const [w2, w3] = [await item('wemwbs', '02'), await item('wemwbs', '03')];
    await db.query('DELETE FROM measurement_value WHERE measurement_id = $1 AND item_id IN ($2, $3)', [m, w2, w3]);
    const bulk = 'INSERT INTO measurement_value (measurement_id, item_id, value) VALUES ($1, $2, $4), ($1, $3, $5)';
    await refused({ code: CHECK, message: 'value 9 outside the item range 1..5' }, bulk, [m, w2, w3, 3, 9]);
    await refused({ code: CHECK, message: 'value 0 outside the item range 1..5' }, bulk, [m, w2, w3, 0, 4]);
    await db.query(bulk, [m, w2, w3, 1, 5]);
  });

  it('refuses a CPR-shaped pseudonym', async () => {
    const evaluation = (await db.query('SELECT id FROM evaluation LIMIT 1'))[0].id;
    await refused({ code: CHECK, constraint: 'citizen_pseudonym_check1' }, 'INSERT INTO citizen (evaluation_id, pseudonym) VALUES ($1, $2)', [evaluation, '010170-1234']);
  });

  it('refuses a second row for the same course and timepoint, and a second course with the same id', async () => {
    await refused({ code: UNIQUE, constraint: 'measurement_course_id_timepoint_key' }, `INSERT INTO measurement (course_id, timepoint) SELECT course_id, timepoint FROM measurement LIMIT 1`);
    await refused({ code: UNIQUE, constraint: 'course_evaluation_id_course_code_key' }, `INSERT INTO course (evaluation_id, course_code, citizen_id, municipality_code, arm, start_date)
                   SELECT evaluation_id, course_code, citizen_id, municipality_code, arm, start_date FROM course LIMIT 1`);
  });

  it('refuses phases out of order and CTI-only dates on a control course', async () => {
    await refused({ code: CHECK, constraint: 'course_check3' }, `UPDATE course SET phase3_start = phase2_start - 1 WHERE id = (SELECT id FROM course WHERE phase2_start IS NOT NULL LIMIT 1)`);
    await refused({ code: CHECK, constraint: 'course_end_in_order' }, `UPDATE course SET end_date = start_date - 1 WHERE id = (SELECT id FROM course LIMIT 1)`);
    await refused({ code: CHECK, constraint: 'course_check' }, `UPDATE course SET phase2_start = start_date + 90 WHERE id = (SELECT id FROM course WHERE arm = 'control' LIMIT 1)`);
  });

  it('lets a course end before its planned transition only as a withdrawal in the contact period, never as completed', async () => {
    const [c] = await db.query(`SELECT id FROM course WHERE contact_start < start_date - 1 AND phase2_start IS NULL LIMIT 1`);
    expect(c).toBeDefined();
    await refused({ code: CHECK, constraint: 'course_end_in_order' }, `UPDATE course SET end_date = contact_start - 1, end_reason = 'dropped_out' WHERE id = $1`, [c.id]);
    await refused({ code: CHECK, constraint: 'course_end_in_order' }, `UPDATE course SET end_date = start_date - 1, end_reason = 'completed' WHERE id = $1`, [c.id]);
    await rolledBack(async (em) => {
      await em.query(`UPDATE course SET end_date = start_date - 1, end_reason = 'dropped_out' WHERE id = $1`, [c.id]);
    });
  });

  it('refuses an unknown municipality and a cost line whose amount disagrees with quantity × unit cost', async () => {
    await refused({ code: FOREIGN_KEY, constraint: 'course_municipality_code_fkey' }, `UPDATE course SET municipality_code = 999 WHERE id = (SELECT id FROM course LIMIT 1)`);
    await refused({ code: CHECK, constraint: 'cost_line_check2' }, `UPDATE cost_line SET amount_dkk = quantity * unit_cost_dkk + 5 WHERE id = (SELECT id FROM cost_line WHERE quantity IS NOT NULL AND unit_cost_dkk IS NOT NULL LIMIT 1)`);
  });

  it('refuses an item value whose reading or item does not exist: one row, in bulk, and by COPY', async () => {
    const [m, wemwbs] = [await anyMeasurement(), await item('wemwbs', '01')];
    await db.query('DELETE FROM measurement_value WHERE measurement_id = $1 AND item_id = $2', [m, wemwbs]);
    const insert = 'INSERT INTO measurement_value (measurement_id, item_id, value) VALUES ($1, $2, 3)';
    await refused({ code: FOREIGN_KEY, constraint: MEASUREMENT_FK, message: `violates foreign key constraint "${MEASUREMENT_FK}"` }, insert, [NO_SUCH_ID, wemwbs]);
    await refused({ code: FOREIGN_KEY, constraint: ITEM_FK, message: `violates foreign key constraint "${ITEM_FK}"` }, insert, [m, NO_SUCH_ID]);
    await refused({ code: FOREIGN_KEY, constraint: MEASUREMENT_FK }, 'INSERT INTO measurement_value (measurement_id, item_id, value) VALUES ($1, $2, 3), ($3, $2, 3)', [m, wemwbs, NO_SUCH_ID]);
    // the import's own path: COPY on PostgreSQL, multi-row INSERTs on the embedded database (its socket takes no COPY)
    const copied = (rows: number[][]) => db.transaction((em) => copyRows(em, 'measurement_value', ['measurement_id', 'item_id', 'value'], rows));
    await refusedWrite({ code: FOREIGN_KEY, constraint: MEASUREMENT_FK }, copied([[m, wemwbs, 3], [NO_SUCH_ID, wemwbs, 3]]));
    await refusedWrite({ code: FOREIGN_KEY, constraint: ITEM_FK }, copied([[m, wemwbs, 3], [m, NO_SUCH_ID, 3]]));
    expect(await db.query('SELECT 1 FROM measurement_value WHERE measurement_id = $1 AND item_id = $2', [m, wemwbs])).toEqual([]);
    await copied([[m, wemwbs, 3]]); // a value whose reading and item exist goes in
  });

  it('refuses an UPDATE that points an item value at a reading or item that does not exist', async () => {
    const one = 'WHERE (measurement_id, item_id) = (SELECT measurement_id, item_id FROM measurement_value LIMIT 1)';
    await refused({ code: FOREIGN_KEY, constraint: MEASUREMENT_FK }, `UPDATE measurement_value SET measurement_id = $1 ${one}`, [NO_SUCH_ID]);
    await refused({ code: FOREIGN_KEY, constraint: ITEM_FK }, `UPDATE measurement_value SET item_id = $1 ${one}`, [NO_SUCH_ID]);
  });

  it('deletes the item values of a reading with it, whether the reading or its course is deleted', async () => {
    const orphans = 'SELECT count(*)::int AS n FROM measurement_value v WHERE NOT EXISTS (SELECT 1 FROM measurement m WHERE m.id = v.measurement_id)';
    const [{ measurement_id: m, course_id: course }] = await db.query('SELECT v.measurement_id, m.course_id FROM measurement_value v JOIN measurement m ON m.id = v.measurement_id LIMIT 1');
    await rolledBack(async (em) => {
      await em.query('DELETE FROM measurement WHERE id = $1', [m]);
      expect(await em.query('SELECT 1 FROM measurement_value WHERE measurement_id = $1', [m])).toEqual([]);
      await em.query('DELETE FROM course WHERE id = $1', [course]);
      expect(await em.query('SELECT 1 FROM measurement_value v JOIN measurement m ON m.id = v.measurement_id WHERE m.course_id = $1', [course])).toEqual([]);
      expect((await em.query(orphans))[0].n).toBe(0);
      await em.query('DELETE FROM evaluation');
      expect(await em.query('SELECT 1 FROM measurement_value LIMIT 1')).toEqual([]);
    });
    expect((await db.query('SELECT count(*)::int AS n FROM measurement_value WHERE measurement_id = $1', [m]))[0].n).toBeGreaterThan(0);
  });

  it('refuses to delete, re-key or truncate a reading or item that item values still refer to', async () => {
    const usedItem = '(SELECT item_id FROM measurement_value LIMIT 1)';
    await refused({ code: FOREIGN_KEY, constraint: ITEM_FK, message: `update or delete on table "instrument_item" violates foreign key constraint "${ITEM_FK}"` },
      `DELETE FROM instrument_item WHERE id = ${usedItem}`);
    await refused({ code: FOREIGN_KEY, constraint: ITEM_FK }, `DELETE FROM instrument WHERE id = (SELECT instrument_id FROM instrument_item WHERE id = ${usedItem})`);
    await refused({ code: FOREIGN_KEY, constraint: ITEM_FK }, `UPDATE instrument_item SET id = $1 WHERE id = ${usedItem}`, [NO_SUCH_ID]);
    await refused({ code: FOREIGN_KEY, constraint: MEASUREMENT_FK }, 'UPDATE measurement SET id = $1 WHERE id = (SELECT measurement_id FROM measurement_value LIMIT 1)', [NO_SUCH_ID]);
    await refused({ code: '0A000' }, 'TRUNCATE measurement');
    await refused({ code: '0A000' }, 'TRUNCATE instrument_item');
    await rolledBack(async (em) => {
      // what no value refers to may go; a referenced row may change but for its key
      const [{ id }] = await em.query(`INSERT INTO instrument_item (instrument_id, code, position, label, min_value, max_value)
        SELECT instrument_id, 'unused', 999, 'unused', 0, 1 FROM instrument_item LIMIT 1 RETURNING id`);
      await em.query('DELETE FROM instrument_item WHERE id = $1', [id]);
      await em.query(`UPDATE instrument_item SET label = label || '.' WHERE id = ${usedItem}`);
      await em.query('UPDATE measurement SET id = id, measured_on = measured_on WHERE id IN (SELECT measurement_id FROM measurement_value)');
      await em.query('TRUNCATE measurement, measurement_value');
    });
  });

  // the sample's contacts name no worker: give one of them its course's worker (or any), for the checks below
  const contactWithWorker = () => db.query(
    `UPDATE contact SET worker_id = coalesce((SELECT worker_id FROM course WHERE id = contact.course_id), (SELECT min(id) FROM worker))
     WHERE id = (SELECT min(id) FROM contact) AND worker_id IS NULL`,
  );

  it('refuses a contact whose course or worker does not exist: one row, in bulk, by COPY and by UPDATE', async () => {
    await contactWithWorker();
    const [{ course_id: course, worker_id: worker }] = await db.query('SELECT course_id, worker_id FROM contact WHERE worker_id IS NOT NULL LIMIT 1');
    const insert = `INSERT INTO contact (course_id, contact_date, minutes, mode, worker_id) VALUES ($1, '2016-02-01', 30, 'phone', $2)`;
    await refused({ code: FOREIGN_KEY, constraint: CONTACT_COURSE_FK, message: `violates foreign key constraint "${CONTACT_COURSE_FK}"` }, insert, [NO_SUCH_ID, worker]);
    await refused({ code: FOREIGN_KEY, constraint: CONTACT_WORKER_FK, message: `violates foreign key constraint "${CONTACT_WORKER_FK}"` }, insert, [course, NO_SUCH_ID]);
    await refused({ code: FOREIGN_KEY, constraint: CONTACT_COURSE_FK },
      `INSERT INTO contact (course_id, contact_date, minutes, mode) VALUES ($1, '2016-02-01', 30, 'phone'), ($2, '2016-02-01', 30, 'phone')`, [course, NO_SUCH_ID]);
    const columns = ['course_id', 'contact_date', 'minutes', 'mode', 'worker_id'];
    const copied = (rows: unknown[][]) => db.transaction((em) => copyRows(em, 'contact', columns, rows));
    await refusedWrite({ code: FOREIGN_KEY, constraint: CONTACT_WORKER_FK }, copied([[course, '2016-02-01', 30, 'phone', null], [course, '2016-02-02', 30, 'phone', NO_SUCH_ID]]));
    const one = 'WHERE id = (SELECT min(id) FROM contact)';
    await refused({ code: FOREIGN_KEY, constraint: CONTACT_COURSE_FK }, `UPDATE contact SET course_id = $1 ${one}`, [NO_SUCH_ID]);
    await refused({ code: FOREIGN_KEY, constraint: CONTACT_WORKER_FK }, `UPDATE contact SET worker_id = $1 ${one}`, [NO_SUCH_ID]);
    await rolledBack(async (em) => {
      // a contact without a worker, and one whose course and worker exist, go in
      await em.query(insert, [course, null]);
      await copyRows(em, 'contact', columns, [[course, '2016-02-03', 30, 'phone', worker]]);
    });
  });

  it('deletes the contacts of a course with it, and lets an evaluation go with its courses, workers and contacts', async () => {
    const [{ course_id: course }] = await db.query('SELECT course_id FROM contact LIMIT 1');
    await rolledBack(async (em) => {
      await em.query('DELETE FROM course WHERE id = $1', [course]);
      expect(await em.query('SELECT 1 FROM contact WHERE course_id = $1', [course])).toEqual([]);
      await em.query('DELETE FROM evaluation');
      expect(await em.query('SELECT 1 FROM contact LIMIT 1')).toEqual([]);
    });
    expect((await db.query('SELECT count(*)::int AS n FROM contact WHERE course_id = $1', [course]))[0].n).toBeGreaterThan(0);
  });

  it('refuses to delete, re-key or truncate a worker or course that contacts still refer to', async () => {
    await contactWithWorker();
    const usedWorker = '(SELECT worker_id FROM contact WHERE worker_id IS NOT NULL LIMIT 1)';
    // a worker only a contact names (courses name workers too, by a foreign key of their own that would answer first)
    const withContactOnlyWorker = (write: (em: EntityManager, id: number) => Promise<unknown>, why: Refusal) =>
      expect(db.transaction(async (em) => {
        const [{ id }] = await em.query(`INSERT INTO worker (evaluation_id, pseudonym) SELECT evaluation_id, 'contact-only' FROM worker LIMIT 1 RETURNING id`);
        await em.query('UPDATE contact SET worker_id = $1 WHERE id = (SELECT min(id) FROM contact)', [id]);
        await refusedWrite(why, write(em, id));
        throw undone;
      })).rejects.toBe(undone);
    await withContactOnlyWorker((em, id) => em.query('DELETE FROM worker WHERE id = $1', [id]),
      { code: FOREIGN_KEY, constraint: CONTACT_WORKER_FK, message: `update or delete on table "worker" violates foreign key constraint "${CONTACT_WORKER_FK}"` });
    await withContactOnlyWorker((em, id) => em.query('UPDATE worker SET id = $1 WHERE id = $2', [NO_SUCH_ID, id]), { code: FOREIGN_KEY, constraint: CONTACT_WORKER_FK });
    // a course only contacts refer to: its readings, costs and focus areas go first (their foreign keys would answer)
    await expect(db.transaction(async (em) => {
      const [{ course_id: course }] = await em.query('SELECT course_id FROM contact LIMIT 1');
      for (const table of ['measurement', 'cost_line', 'focus_area']) await em.query(`DELETE FROM ${table} WHERE course_id = $1`, [course]);
      await refusedWrite({ code: FOREIGN_KEY, constraint: CONTACT_COURSE_FK }, em.query('UPDATE course SET id = $1 WHERE id = $2', [NO_SUCH_ID, course]));
      throw undone;
    })).rejects.toBe(undone);
    // CASCADE takes along the tables with foreign keys to them, which contact no longer has: its triggers refuse instead
    // (measurement_value, kept by triggers too, goes along by name)
    await refused({ code: '0A000', message: 'cannot truncate a table referenced' }, 'TRUNCATE course, measurement_value CASCADE');
    await refused({ code: '0A000', message: 'cannot truncate a table referenced' }, 'TRUNCATE worker, measurement_value CASCADE');
    await rolledBack(async (em) => {
      await em.query('TRUNCATE worker, measurement_value, contact CASCADE');
    });
    await rolledBack(async (em) => {
      // a worker no contact (or course) refers to may go; a referenced one may change but for its key
      const [{ id }] = await em.query(`INSERT INTO worker (evaluation_id, pseudonym) SELECT evaluation_id, 'unused-worker' FROM worker LIMIT 1 RETURNING id`);
      await em.query('DELETE FROM worker WHERE id = $1', [id]);
      await em.query(`UPDATE worker SET pseudonym = pseudonym || '.' WHERE id = ${usedWorker}`);
    });
  });
});
