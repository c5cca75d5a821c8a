import type { EntityManager } from 'typeorm';
import type { CohortBundle } from '@cti/domain';
import { copyRows, type Row } from '@cti/persistence';
import type { InstrumentRegistry } from '../registry/instrument-registry';
import type { CountedTable, TableCounts } from './import-summary';

const sortedArray = (a: string) => `ARRAY(SELECT x FROM unnest(${a}) x ORDER BY x COLLATE "C")`;
// the same instruments as a set; sorting only lists that differ as written (sorting all 321,206 readings' lists of a
// national bundle took a second per statement)
const instrumentsDiffer = (a: string, b: string) => `(${a} <> ${b} AND ${sortedArray(a)} <> ${sortedArray(b)})`;

/** Headers of staged readings: new ones inserted, changed dates and instrument sets recorded and updated. */
async function writeHeaders(em: EntityManager): Promise<void> {
  await em.query(`UPDATE s_measurement s SET course_id = c.course_id FROM s_course c WHERE c.course_code = s.course_code`);
  await em.query(`UPDATE s_measurement s SET measurement_id = m.id, fresh = false FROM measurement m WHERE m.course_id = s.course_id AND m.timepoint = s.timepoint`);
  await em.query(
    `INSERT INTO s_change (table_name, record_key, field, old_value, new_value)
     SELECT 'measurement', s.course_code || '/' || s.timepoint, v.field, v.old_value, v.new_value
     FROM s_measurement s JOIN measurement m ON m.id = s.measurement_id
     CROSS JOIN LATERAL (VALUES (1, 'date', m.measured_on::text, s.measured_on::text, m.measured_on IS DISTINCT FROM s.measured_on),
       (2, 'instruments', array_to_string(m.instruments, ' '), array_to_string(s.instruments, ' '), ${instrumentsDiffer('m.instruments', 's.instruments')})
     ) v(n, field, old_value, new_value, differs)
     WHERE v.differs ORDER BY s.ord, v.n`,
  );
  await em.query(
    `UPDATE measurement m SET measured_on = s.measured_on, instruments = s.instruments FROM s_measurement s
     WHERE m.id = s.measurement_id AND (m.measured_on IS DISTINCT FROM s.measured_on OR ${instrumentsDiffer('m.instruments', 's.instruments')})`,
  );
  await em.query(
    `INSERT INTO measurement (course_id, timepoint, measured_on, instruments)
     SELECT course_id, timepoint, measured_on, instruments FROM s_measurement WHERE measurement_id IS NULL ORDER BY ord`,
  );
  await em.query(
    `UPDATE s_measurement s SET measurement_id = m.id, fresh = true FROM measurement m
     WHERE s.measurement_id IS NULL AND m.course_id = s.course_id AND m.timepoint = s.timepoint`,
  );
}

/**
 * Item values of readings stored before are diffed against s_value by column name (any edition): changes recorded,
 * then one UPDATE, one DELETE (items now blank) and one INSERT. Values of new readings are COPYed straight in.
 */
async function writeValues(em: EntityManager, bundle: CohortBundle, registry: InstrumentRegistry, counts: TableCounts): Promise<void> {
  // s_measurement was COPYed in the bundle's order, so its ord-th row is the bundle's ord-th reading
  const rows = (await em.query('SELECT measurement_id, fresh FROM s_measurement ORDER BY ord')) as { measurement_id: number; fresh: boolean }[];
  const values = (fresh: boolean) =>
    (function* (): Generator<Row> {
      for (const [i, m] of bundle.measurements.entries()) {
        const target = rows[i];
        if (target.fresh !== fresh) continue;
        for (const v of m.values) yield [target.measurement_id, registry.itemIds.get(`${v.instrument}_${v.item}`), v.value];
      }
    })();
  const freshValues = await copyRows(em, 'measurement_value', ['measurement_id', 'item_id', 'value'], values(true));
  const staged = await copyRows(em, 's_value', ['measurement_id', 'item_id', 'value'], values(false));
  counts.inBundle = freshValues + staged;
  if (staged === 0 && rows.every((r) => r.fresh)) {
    counts.inserted = freshValues;
    return;
  }
  // s_measurement again, now that it knows which readings are stored: with its statistics from before, the planner
  // probed measurement_value's key once per stored value (12.5 million loops, 20 s at national scale)
  await em.query('ANALYZE s_value, s_measurement');
  // only the values that differ from what is stored (by column, any edition): at national scale millions are compared
  // and almost all are equal, so writing the equal ones out as well took most of a one-cell re-import
  await em.query(
    `CREATE TEMP TABLE s_value_diff ON COMMIT DROP AS
     SELECT coalesce(n.measurement_id, o.measurement_id) AS measurement_id, coalesce(n.column_no, o.column_no) AS column_no,
            o.item_id AS old_item_id, o.value AS old_value, n.item_id AS new_item_id, n.value AS new_value, n.ord
     FROM (SELECT v.*, i.column_no FROM s_value v JOIN s_item i USING (item_id)) n
     FULL JOIN (SELECT mv.*, i.column_no FROM measurement_value mv JOIN s_item i USING (item_id)
                WHERE mv.measurement_id IN (SELECT measurement_id FROM s_measurement WHERE NOT fresh)) o
       ON o.measurement_id = n.measurement_id AND o.column_no = n.column_no
     WHERE o.value IS DISTINCT FROM n.value`,
  );
  await em.query(
    `INSERT INTO s_change (table_name, record_key, field, old_value, new_value)
     SELECT 'measurement_value', s.course_code || '/' || s.timepoint, c.column_name, trim_scale(d.old_value)::text, trim_scale(d.new_value)::text
     FROM s_value_diff d JOIN s_measurement s ON s.measurement_id = d.measurement_id
     JOIN (SELECT DISTINCT column_no, column_name FROM s_item) c ON c.column_no = d.column_no
     ORDER BY s.ord, d.ord NULLS LAST, c.column_name`,
  );
  await em.query(
    `UPDATE measurement_value mv SET value = d.new_value FROM s_value_diff d
     WHERE mv.measurement_id = d.measurement_id AND mv.item_id = d.old_item_id AND d.new_value IS NOT NULL`,
  );
  await em.query(
    `DELETE FROM measurement_value mv USING s_value_diff d WHERE mv.measurement_id = d.measurement_id AND mv.item_id = d.old_item_id AND d.new_value IS NULL`,
  );
  await em.query(
    `INSERT INTO measurement_value (measurement_id, item_id, value)
     SELECT measurement_id, new_item_id, new_value FROM s_value_diff WHERE old_value IS NULL ORDER BY measurement_id, new_item_id`,
  );
  const [c] = (await em.query(
    `SELECT count(*) FILTER (WHERE old_value IS NULL)::int AS inserted, count(*) FILTER (WHERE new_value IS NULL)::int AS deleted,
            count(*) FILTER (WHERE old_value <> new_value)::int AS updated
     FROM s_value_diff`,
  )) as { inserted: number; deleted: number; updated: number }[];
  // every staged value is new (inserted), different (updated) or equal to the stored one (unchanged)
  const unchanged = staged - c.inserted - c.updated;
  Object.assign(counts, { inserted: freshValues + c.inserted, deleted: c.deleted, updated: c.updated, unchanged });
}

/** Readings and their item values, set-based against what is stored. */
export async function writeMeasurements(
  em: EntityManager, bundle: CohortBundle, registry: InstrumentRegistry, counts: Record<CountedTable, TableCounts>,
): Promise<void> {
  await writeHeaders(em);
  await writeValues(em, bundle, registry, counts.measurement_values);
  const [m] = (await em.query(
    `SELECT count(*)::int AS total, count(*) FILTER (WHERE fresh)::int AS inserted,
            (SELECT count(DISTINCT record_key)::int FROM s_change WHERE table_name IN ('measurement', 'measurement_value')) AS updated
     FROM s_measurement`,
  )) as { total: number; inserted: number; updated: number }[];
  Object.assign(counts.measurements, { inBundle: m.total, inserted: m.inserted, updated: m.updated, unchanged: m.total - m.inserted - m.updated });
}
