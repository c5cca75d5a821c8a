import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { CohortImportService } from '@cti/cohorts';
import { FIXTURES, openCohortContext } from '@cti/testing/cohort-context';
import { contextForBlock } from '@cti/testing/block-context';
import { testDatabases } from '@cti/testing/databases';

interface DriverError {
  code?: string;
  constraint?: string;
  message?: string;
}
interface Refusal {
  code: '23503' | '23505' | '23514';
  constraint?: string;
  message?: string;
}
const CHECK = '23514';
const UNIQUE = '23505';
const FOREIGN_KEY = '23503';

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
  const refused = async (why: Refusal, sql: string, params: unknown[] = []) => {
    const error = await db.query(sql, params).then(() => null, (e: { driverError?: DriverError } & DriverError) => e.driverError ?? e);
    expect(error).not.toBeNull();
    expect({ code: error!.code, ...(why.constraint ? { constraint: error!.constraint } : {}), ...(why.message ? { message: error!.message } : {}) }).toEqual(
      { code: why.code, ...(why.constraint ? { constraint: why.constraint } : {}), ...(why.message ? { message: expect.stringContaining(why.message) } : {}) },
    );
  };
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
    const undone = new Error('undone');
    await expect(db.transaction(async (em) => {
      await em.query(`UPDATE course SET end_date = start_date - 1, end_reason = 'dropped_out' WHERE id = $1`, [c.id]);
      throw undone; // accepted; rolled back so the other checks keep their fixture
    })).rejects.toBe(undone);
  });

  it('refuses an unknown municipality and a cost line whose amount disagrees with quantity × unit cost', async () => {
    await refused({ code: FOREIGN_KEY, constraint: 'course_municipality_code_fkey' }, `UPDATE course SET municipality_code = 999 WHERE id = (SELECT id FROM course LIMIT 1)`);
    await refused({ code: CHECK, constraint: 'cost_line_check2' }, `UPDATE cost_line SET amount_dkk = quantity * unit_cost_dkk + 5 WHERE id = (SELECT id FROM cost_line WHERE quantity IS NOT NULL AND unit_cost_dkk IS NOT NULL LIMIT 1)`);
  });
});
