import type { EntityManager } from 'typeorm';
import type { CohortBundle } from '@cti/domain';
import { copyRows, insertRows } from '@cti/persistence';
import type { InstrumentRegistry } from '../registry/instrument-registry';

/** Optional files of a bundle: absent ones were not provided, so their stored rows are left alone. */
export type OptionalFile = 'costs' | 'contacts' | 'focus_areas';

// Course fields compared on re-import: column, PostgreSQL type, record field. Order = order of recorded changes.
export const COURSE_COLUMNS = [
  ['municipality_code', 'smallint', 'municipalityCode'],
  ['arm', 'text', 'arm'],
  ['target_group', 'text', 'targetGroup'],
  ['sex', 'text', 'sex'],
  ['birth_year', 'smallint', 'birthYear'],
  ['contact_start', 'date', 'contactStart'],
  ['start_date', 'date', 'startDate'],
  ['phase2_start', 'date', 'phase2Start'],
  ['phase3_start', 'date', 'phase3Start'],
  ['end_date', 'date', 'endDate'],
  ['end_reason', 'text', 'endReason'],
  ['handover_plan_date', 'date', 'handoverPlanDate'],
] as const;

// What a cost line, contact or focus area looks like as one comparable string: the multiset of a course's rows is
// compared as a whole (these rows have no natural key: two equal phone calls on one day are two rows).
export const describeCost = (r: CohortBundle['costs'][number]) => [r.category, r.fromMonth, r.toMonth, r.quantity, r.unit, r.unitCostDkk, r.amountDkk].join('|');
export const describeContact = (r: CohortBundle['contacts'][number]) => [r.date, r.minutes, r.mode, r.workerId].join('|');
export const describeFocus = (r: CohortBundle['focusAreas'][number]) => [r.domain, r.setDate, r.status].join('|');

/**
 * Temporary tables of the bundle for one import, dropped with its transaction. Values of a measurement already stored
 * go to s_value for the diff; values of new measurements skip staging (nothing to compare them with).
 */
export async function createStaging(em: EntityManager, registry: InstrumentRegistry): Promise<void> {
  const courseColumns = COURSE_COLUMNS.map(([c, t]) => `${c} ${t}`).join(', ');
  await em.query(`
    CREATE TEMP TABLE s_course (ord serial, course_code text NOT NULL, citizen text NOT NULL, worker text, ${courseColumns},
      course_id integer, citizen_id integer, worker_id integer) ON COMMIT DROP;
    CREATE TEMP TABLE s_measurement (ord serial, course_code text NOT NULL, timepoint text NOT NULL, measured_on date, instruments text[] NOT NULL,
      course_id integer, measurement_id integer, fresh boolean) ON COMMIT DROP;
    CREATE TEMP TABLE s_value (ord serial, measurement_id integer NOT NULL, item_id integer NOT NULL, value numeric NOT NULL) ON COMMIT DROP;
    CREATE TEMP TABLE s_item (item_id integer PRIMARY KEY, column_name text NOT NULL, column_no integer NOT NULL) ON COMMIT DROP;
    CREATE TEMP TABLE s_cost_line (ord serial, course_code text NOT NULL, category text, from_month smallint, to_month smallint, quantity numeric,
      unit text, unit_cost_dkk numeric, amount_dkk numeric, described text NOT NULL) ON COMMIT DROP;
    CREATE TEMP TABLE s_contact (ord serial, course_code text NOT NULL, contact_date date, minutes integer, mode text, worker text,
      described text NOT NULL) ON COMMIT DROP;
    CREATE TEMP TABLE s_focus_area (ord serial, course_code text NOT NULL, domain text, set_date date, status text, described text NOT NULL) ON COMMIT DROP;
    CREATE TEMP TABLE s_change (ord serial, table_name text NOT NULL, record_key text NOT NULL, field text NOT NULL, old_value text, new_value text) ON COMMIT DROP;
  `);
  // every edition's items, so a reading stored under an older edition is compared by its column (numbered: the diff
  // joins millions of values on it, and an integer hashes faster than the name)
  const columnNos = new Map<string, number>();
  const items = [...registry.itemColumns].map(([id, c]) => {
    const name = `${c.instrument}_${c.item}`;
    if (!columnNos.has(name)) columnNos.set(name, columnNos.size + 1);
    return [id, name, columnNos.get(name)!];
  });
  await insertRows(em, 's_item', ['item_id', 'column_name', 'column_no'], items);
  await em.query('ANALYZE s_item');
}

/** COPYs courses, measurement headers and the optional files into staging, but for the parts `asStored` (nothing to compare). */
export async function stageBundle(em: EntityManager, bundle: CohortBundle, provided: ReadonlySet<OptionalFile>, asStored: ReadonlySet<string>): Promise<void> {
  const staged = (part: OptionalFile) => provided.has(part) && !asStored.has(part);
  await copyRows(em, 's_course', ['course_code', 'citizen', 'worker', ...COURSE_COLUMNS.map(([c]) => c)],
    (function* () {
      for (const c of bundle.courses) yield [c.courseId, c.citizenId, c.workerId, ...COURSE_COLUMNS.map(([, , k]) => c[k])];
    })());
  if (!asStored.has('measurements')) {
    await copyRows(em, 's_measurement', ['course_code', 'timepoint', 'measured_on', 'instruments'],
      (function* () {
        for (const m of bundle.measurements) yield [m.courseId, m.timepoint, m.date, m.instruments];
      })());
  }
  if (staged('costs')) {
    await copyRows(em, 's_cost_line', ['course_code', 'category', 'from_month', 'to_month', 'quantity', 'unit', 'unit_cost_dkk', 'amount_dkk', 'described'],
      (function* () {
        for (const r of bundle.costs) yield [r.courseId, r.category, r.fromMonth, r.toMonth, r.quantity, r.unit, r.unitCostDkk, r.amountDkk, describeCost(r)];
      })());
  }
  if (staged('contacts')) {
    await copyRows(em, 's_contact', ['course_code', 'contact_date', 'minutes', 'mode', 'worker', 'described'],
      (function* () {
        for (const r of bundle.contacts) yield [r.courseId, r.date, r.minutes, r.mode, r.workerId, describeContact(r)];
      })());
  }
  if (staged('focus_areas')) {
    await copyRows(em, 's_focus_area', ['course_code', 'domain', 'set_date', 'status', 'described'],
      (function* () {
        for (const r of bundle.focusAreas) yield [r.courseId, r.domain, r.setDate, r.status, describeFocus(r)];
      })());
  }
  // temp tables are never auto-analyzed: without statistics the planner takes a staged table for a few hundred rows
  await em.query('ANALYZE s_course, s_measurement, s_cost_line, s_contact, s_focus_area');
}
