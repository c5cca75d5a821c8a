import type { EntityManager } from 'typeorm';
import type { CohortBundle, ContactRecord, CostLineRecord, FocusAreaRecord } from '@cti/domain';
import { deleteWhereIn, insertRows, type Row } from '@cti/persistence';
import type { StoredCohort } from './existing-cohort';
import type { CountedTable, WriteSummary } from './import-summary';

/**
 * Cost lines, contacts and focus areas have no natural key (two equal phone calls on one day are two rows), so a
 * course's rows are compared as a multiset and replaced as a whole when they differ.
 */
export type OptionalFile = 'costs' | 'contacts' | 'focus_areas';

interface ChildTable<T extends { courseId: string }> {
  file: OptionalFile;
  counted: CountedTable;
  table: string;
  columns: string[];
  rows: (bundle: CohortBundle) => T[];
  values: (row: T, workerIds: Map<string, number>) => unknown[];
  describe: (row: T) => string;
}

const COST_LINES: ChildTable<CostLineRecord> = {
  file: 'costs',
  counted: 'cost_lines',
  table: 'cost_line',
  columns: ['category', 'from_month', 'to_month', 'quantity', 'unit', 'unit_cost_dkk', 'amount_dkk'],
  rows: (b) => b.costs,
  values: (r) => [r.category, r.fromMonth, r.toMonth, r.quantity, r.unit, r.unitCostDkk, r.amountDkk],
  describe: (r) => [r.category, r.fromMonth, r.toMonth, r.quantity, r.unit, r.unitCostDkk, r.amountDkk].join('|'),
};

const CONTACTS: ChildTable<ContactRecord> = {
  file: 'contacts',
  counted: 'contacts',
  table: 'contact',
  columns: ['contact_date', 'minutes', 'mode', 'worker_id'],
  rows: (b) => b.contacts,
  values: (r, workers) => [r.date, r.minutes, r.mode, r.workerId === null ? null : workers.get(r.workerId)],
  describe: (r) => [r.date, r.minutes, r.mode, r.workerId].join('|'),
};

const FOCUS_AREAS: ChildTable<FocusAreaRecord> = {
  file: 'focus_areas',
  counted: 'focus_areas',
  table: 'focus_area',
  columns: ['domain', 'set_date', 'status'],
  rows: (b) => b.focusAreas,
  values: (r) => [r.domain, r.setDate, r.status],
  describe: (r) => [r.domain, r.setDate, r.status].join('|'),
};

function groupByCourse<T extends { courseId: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(row.courseId, [...(groups.get(row.courseId) ?? []), row]);
  return groups;
}

/** Elements of `a` not matched one-for-one in `b`. */
function multisetMinus(a: string[], b: string[]): string[] {
  const left = [...b];
  return a.filter((x) => {
    const i = left.indexOf(x);
    if (i === -1) return true;
    left.splice(i, 1);
    return false;
  });
}

async function replaceTable<T extends { courseId: string }>(
  em: EntityManager, spec: ChildTable<T>, courseIds: Map<string, number>, stored: StoredCohort, bundle: CohortBundle,
  workerIds: Map<string, number>, summary: WriteSummary,
): Promise<void> {
  const counts = summary.counts[spec.counted];
  const wanted = groupByCourse(spec.rows(bundle));
  const before = groupByCourse(spec.rows(stored.bundle));
  counts.inBundle = spec.rows(bundle).length;
  const replaced: number[] = [];
  const inserts: Row[] = [];
  for (const course of bundle.courses) {
    const next = (wanted.get(course.courseId) ?? []).map(spec.describe);
    const prev = (before.get(course.courseId) ?? []).map(spec.describe);
    if (next.length === prev.length && [...next].sort().join('\n') === [...prev].sort().join('\n')) {
      counts.unchanged += next.length;
      continue;
    }
    if (prev.length > 0) {
      replaced.push(courseIds.get(course.courseId)!);
      summary.changes.push({
        tableName: spec.table, recordKey: course.courseId, field: '(rows)',
        oldValue: multisetMinus(prev, next).join('\n') || null, newValue: multisetMinus(next, prev).join('\n') || null,
      });
    }
    counts.deleted += prev.length;
    counts.inserted += next.length;
    const id = courseIds.get(course.courseId)!;
    for (const row of wanted.get(course.courseId) ?? []) inserts.push([id, ...spec.values(row, workerIds)]);
  }
  await deleteWhereIn(em, spec.table, 'course_id', replaced);
  await insertRows(em, spec.table, ['course_id', ...spec.columns], inserts);
}

/** Optional files absent from the bundle were not provided: their stored rows are left as they are, not emptied. */
export async function replaceChildRows(
  em: EntityManager, courseIds: Map<string, number>, stored: StoredCohort, bundle: CohortBundle, workerIds: Map<string, number>,
  summary: WriteSummary, provided: ReadonlySet<OptionalFile>,
): Promise<void> {
  if (provided.has('costs')) await replaceTable(em, COST_LINES, courseIds, stored, bundle, workerIds, summary);
  if (provided.has('contacts')) await replaceTable(em, CONTACTS, courseIds, stored, bundle, workerIds, summary);
  if (provided.has('focus_areas')) await replaceTable(em, FOCUS_AREAS, courseIds, stored, bundle, workerIds, summary);
}
