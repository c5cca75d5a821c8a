import type { EntityManager } from 'typeorm';
import type { CohortBundle, CourseRecord, MeasurementRecord } from '@cti/domain';
import { insertRows, updateRowsById, type Row } from '@cti/persistence';
import type { InstrumentRegistry } from '../registry/instrument-registry';
import { measurementKey, readStoredCohort, type StoredCohort } from './existing-cohort';
import { emptyCounts, type ChangeRecord, type WriteSummary } from './import-summary';
import { replaceChildRows, type OptionalFile } from './write-child-rows';

// Course fields compared on re-import, with their column and PostgreSQL type for the bulk update.
const COURSE_FIELDS: { key: keyof CourseRecord; column: string; type: string }[] = [
  { key: 'municipalityCode', column: 'municipality_code', type: 'smallint' },
  { key: 'arm', column: 'arm', type: 'text' },
  { key: 'targetGroup', column: 'target_group', type: 'text' },
  { key: 'sex', column: 'sex', type: 'text' },
  { key: 'birthYear', column: 'birth_year', type: 'smallint' },
  { key: 'contactStart', column: 'contact_start', type: 'date' },
  { key: 'startDate', column: 'start_date', type: 'date' },
  { key: 'phase2Start', column: 'phase2_start', type: 'date' },
  { key: 'phase3Start', column: 'phase3_start', type: 'date' },
  { key: 'endDate', column: 'end_date', type: 'date' },
  { key: 'endReason', column: 'end_reason', type: 'text' },
  { key: 'handoverPlanDate', column: 'handover_plan_date', type: 'date' },
];

const text = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** Inserts missing pseudonyms (citizens or workers) and returns pseudonym → id for the evaluation. */
async function ensurePseudonyms(em: EntityManager, table: 'citizen' | 'worker', evaluationId: number, pseudonyms: Iterable<string>): Promise<Map<string, number>> {
  const unique = [...new Set(pseudonyms)];
  if (unique.length > 0) await insertRows(em, table, ['evaluation_id', 'pseudonym'], unique.map((p) => [evaluationId, p]), { onConflict: '(evaluation_id, pseudonym) DO NOTHING' });
  const rows = (await em.query(`SELECT id, pseudonym FROM ${table} WHERE evaluation_id = $1`, [evaluationId])) as { id: number; pseudonym: string }[];
  return new Map(rows.map((r) => [r.pseudonym, r.id]));
}

function courseRow(c: CourseRecord, citizenIds: Map<string, number>, workerIds: Map<string, number>): Row {
  return [citizenIds.get(c.citizenId), c.workerId === null ? null : workerIds.get(c.workerId), ...COURSE_FIELDS.map((f) => c[f.key])];
}

async function writeCourses(em: EntityManager, evaluationId: number, bundle: CohortBundle, stored: StoredCohort, summary: WriteSummary): Promise<Map<string, number>> {
  const citizenIds = await ensurePseudonyms(em, 'citizen', evaluationId, bundle.courses.map((c) => c.citizenId));
  const workerIds = await ensurePseudonyms(em, 'worker', evaluationId, [
    ...bundle.courses.flatMap((c) => (c.workerId ? [c.workerId] : [])),
    ...bundle.contacts.flatMap((c) => (c.workerId ? [c.workerId] : [])),
  ]);
  const counts = summary.counts.courses;
  counts.inBundle = bundle.courses.length;
  const fresh = bundle.courses.filter((c) => !stored.courses.has(c.courseId));
  const updates: Row[] = [];
  for (const course of bundle.courses) {
    const old = stored.courses.get(course.courseId);
    if (!old) continue;
    const diffs = [
      ...(['citizenId', 'workerId'] as const).filter((k) => old[k] !== course[k]).map((k) => ({ field: k === 'citizenId' ? 'citizen_id' : 'worker_id', from: old[k], to: course[k] })),
      ...COURSE_FIELDS.filter((f) => old[f.key] !== course[f.key]).map((f) => ({ field: f.column, from: old[f.key], to: course[f.key] })),
    ];
    if (diffs.length === 0) {
      counts.unchanged++;
      continue;
    }
    counts.updated++;
    updates.push([old.id, ...courseRow(course, citizenIds, workerIds)]);
    for (const d of diffs) summary.changes.push({ tableName: 'course', recordKey: course.courseId, field: d.field, oldValue: text(d.from), newValue: text(d.to) });
  }
  const columns = ['citizen_id', 'worker_id', ...COURSE_FIELDS.map((f) => f.column)];
  if (updates.length > 0) await updateRowsById(em, 'course', columns, ['integer', 'integer', ...COURSE_FIELDS.map((f) => f.type)], updates);
  const inserted = await insertRows<{ id: number; course_code: string }>(
    em, 'course', ['evaluation_id', 'course_code', ...columns],
    fresh.map((c) => [evaluationId, c.courseId, ...courseRow(c, citizenIds, workerIds)]),
    { returning: 'id, course_code' },
  );
  counts.inserted = inserted.length;
  const ids = new Map([...stored.courses.values()].map((c) => [c.courseId, c.id]));
  for (const r of inserted) ids.set(r.course_code, r.id);
  const inBundle = new Set(bundle.courses.map((c) => c.courseId));
  summary.coursesNotInBundle = [...stored.courses.keys()].filter((k) => !inBundle.has(k));
  return ids;
}

function sameInstruments(a: string[], b: string[]): boolean {
  return a.length === b.length && [...a].sort().join() === [...b].sort().join();
}

async function writeMeasurements(em: EntityManager, bundle: CohortBundle, stored: StoredCohort, courseIds: Map<string, number>, registry: InstrumentRegistry, summary: WriteSummary): Promise<void> {
  const counts = summary.counts.measurements;
  const valueCounts = summary.counts.measurement_values;
  counts.inBundle = bundle.measurements.length;
  const fresh: MeasurementRecord[] = [];
  const headerUpdates: Row[] = [];
  const valueInserts: Row[] = [];
  const valueUpdates: Row[] = [];
  const valueDeletes: Row[] = [];
  for (const m of bundle.measurements) {
    valueCounts.inBundle += m.values.length;
    const key = measurementKey(m.courseId, m.timepoint);
    const old = stored.measurements.get(key);
    if (!old) {
      fresh.push(m);
      continue;
    }
    let changed = false;
    if (old.date !== m.date || !sameInstruments(old.instruments, m.instruments)) {
      headerUpdates.push([old.id, m.date, m.instruments]);
      if (old.date !== m.date) summary.changes.push({ tableName: 'measurement', recordKey: key, field: 'date', oldValue: old.date, newValue: m.date });
      if (!sameInstruments(old.instruments, m.instruments)) summary.changes.push({ tableName: 'measurement', recordKey: key, field: 'instruments', oldValue: old.instruments.join(' '), newValue: m.instruments.join(' ') });
      changed = true;
    }
    const wanted = new Map(m.values.map((v) => [`${v.instrument}_${v.item}`, v.value]));
    for (const [column, value] of wanted) {
      const before = old.valueByColumn.get(column);
      const itemId = registry.itemIds.get(column);
      if (before === value) valueCounts.unchanged++;
      else if (before === undefined) valueInserts.push([old.id, itemId, value]);
      else valueUpdates.push([old.id, itemId, value]);
      if (before !== value) summary.changes.push({ tableName: 'measurement_value', recordKey: key, field: column, oldValue: text(before), newValue: String(value) });
    }
    for (const [column, before] of old.valueByColumn) {
      if (wanted.has(column)) continue;
      valueDeletes.push([old.id, registry.itemIds.get(column)]);
      summary.changes.push({ tableName: 'measurement_value', recordKey: key, field: column, oldValue: String(before), newValue: null });
    }
    changed ||= old.valueByColumn.size !== wanted.size || m.values.some((v) => old.valueByColumn.get(`${v.instrument}_${v.item}`) !== v.value);
    if (changed) counts.updated++;
    else counts.unchanged++;
  }

  if (headerUpdates.length > 0) await updateRowsById(em, 'measurement', ['measured_on', 'instruments'], ['date', 'text[]'], headerUpdates);
  for (const [measurementId, itemId, value] of valueUpdates) {
    await em.query('UPDATE measurement_value SET value = $3 WHERE measurement_id = $1 AND item_id = $2', [measurementId, itemId, value]);
  }
  for (const [measurementId, itemId] of valueDeletes) {
    await em.query('DELETE FROM measurement_value WHERE measurement_id = $1 AND item_id = $2', [measurementId, itemId]);
  }
  const inserted = await insertRows<{ id: number }>(
    em, 'measurement', ['course_id', 'timepoint', 'measured_on', 'instruments'],
    fresh.map((m) => [courseIds.get(m.courseId), m.timepoint, m.date, m.instruments]),
    { returning: 'id' },
  );
  counts.inserted = inserted.length;
  fresh.forEach((m, i) => {
    for (const v of m.values) valueInserts.push([inserted[i].id, registry.itemIds.get(`${v.instrument}_${v.item}`), v.value]);
  });
  await insertRows(em, 'measurement_value', ['measurement_id', 'item_id', 'value'], valueInserts);
  valueCounts.inserted = valueInserts.length;
  valueCounts.updated = valueUpdates.length;
  valueCounts.deleted = valueDeletes.length;
}

/**
 * Writes a validated bundle into an evaluation, set-based, inside the caller's transaction. New rows are inserted;
 * rows that differ are updated and every changed value is returned for the record; identical rows are left alone,
 * so importing the same bundle twice changes nothing.
 */
export async function writeCohort(
  em: EntityManager, evaluationId: number, bundle: CohortBundle, registry: InstrumentRegistry, provided: ReadonlySet<OptionalFile>,
): Promise<WriteSummary> {
  const stored = await readStoredCohort(em, evaluationId, registry);
  const summary: WriteSummary = { counts: emptyCounts(), changes: [] as ChangeRecord[], coursesNotInBundle: [] };
  const courseIds = await writeCourses(em, evaluationId, bundle, stored, summary);
  await writeMeasurements(em, bundle, stored, courseIds, registry, summary);
  const workerRows = (await em.query('SELECT id, pseudonym FROM worker WHERE evaluation_id = $1', [evaluationId])) as { id: number; pseudonym: string }[];
  const workerIds = new Map(workerRows.map((r) => [r.pseudonym, r.id]));
  await replaceChildRows(em, courseIds, stored, bundle, workerIds, summary, provided);
  return summary;
}

