import type { EntityManager } from 'typeorm';
import type { CohortBundle } from '@cti/domain';
import type { BundleFileInfo } from '../../bundle';
import { emptyCounts, unchangedCounts, type WriteSummary } from './import-summary';
import type { OptionalFile } from './staging';

/** The evaluation's last successful batch, when nothing has been written to the evaluation since. */
export interface LastBatch {
  files: BundleFileInfo[];
  /** Courses in that batch's bundle. */
  courses: number;
}

/** A file's part of the bundle: `courses`, `measurements`, `contacts`… for `courses.csv` as for a sheet `book.xlsx#courses`. */
export const partOf = (file: Pick<BundleFileInfo, 'name'>) => file.name.split(/[/#\\]/).pop()!.replace(/\.csv$/i, '').toLowerCase();

const fingerprint = (files: Pick<BundleFileInfo, 'name' | 'sha256'>[]) => files.map((f) => `${f.name}\u0000${f.sha256}`).sort().join('\n');

/**
 * The last successful batch while the evaluation's data version has not moved since (no import, course entry or
 * correction in between): what is stored is then exactly what that batch's files say. Null otherwise.
 */
export async function lastCurrentBatch(em: EntityManager, evaluationId: number): Promise<LastBatch | null> {
  const rows = (await em.query(
    `SELECT b.files, (b.counts #>> '{courses,inBundle}')::int AS courses, b.data_version = e.data_version AS current
     FROM import_batch b JOIN evaluation e ON e.id = b.evaluation_id
     WHERE b.evaluation_id = $1 AND b.outcome IN ('imported', 'unchanged') ORDER BY b.id DESC LIMIT 1`,
    [evaluationId],
  )) as { files: BundleFileInfo[]; courses: number | null; current: boolean | null }[];
  const last = rows[0];
  return last?.current && last.courses !== null ? { files: last.files, courses: last.courses } : null;
}

/** The parts of the bundle whose file has the checksum it had in the last current batch. */
export function partsAsBefore(last: LastBatch | null, files: BundleFileInfo[]): Set<string> {
  if (!last) return new Set();
  const before = new Map(last.files.map((f) => [partOf(f), f.sha256]));
  return new Set(files.filter((f) => before.get(partOf(f)) === f.sha256).map(partOf));
}

/** Whether the evaluation's stored courses are the bundle's, no more and no fewer (course ids are unique in a bundle). */
async function storesExactly(em: EntityManager, evaluationId: number, bundle: CohortBundle): Promise<boolean> {
  const [c] = (await em.query(
    'SELECT count(*)::int AS stored, count(*) FILTER (WHERE course_code = ANY($2::text[]))::int AS in_bundle FROM course WHERE evaluation_id = $1',
    [evaluationId, bundle.courses.map((x) => x.courseId)],
  )) as { stored: number; in_bundle: number }[];
  return c.stored === bundle.courses.length && c.in_bundle === bundle.courses.length;
}

/**
 * The parts whose stored rows are known to equal the bundle's without comparing them: the file is the last current
 * batch's. Readings are matched by course and timepoint, so that is enough for measurements. Costs, contacts and focus
 * areas are replaced per course of the bundle, so they also need the bundle to have that batch's courses: a course
 * back in the bundle after a batch without it has to lose the rows stored for it before. The stored courses include
 * that batch's (courses go only with a new data version), so the same number of them, all in the bundle, is that set.
 */
export async function partsStoredAsInBundle(
  em: EntityManager, evaluationId: number, last: LastBatch | null, bundle: CohortBundle, files: BundleFileInfo[],
): Promise<Set<string>> {
  const parts = partsAsBefore(last, files);
  parts.delete('courses');
  const children = [...parts].filter((p) => p !== 'measurements');
  if (children.length && !(last!.courses === bundle.courses.length && (await storesExactly(em, evaluationId, bundle)))) for (const p of children) parts.delete(p);
  return parts;
}

export const valueCount = (bundle: CohortBundle) => bundle.measurements.reduce((n, m) => n + m.values.length, 0);

/**
 * The summary of an unchanged import when the bundle's files are exactly the last current batch's; null when the
 * bundle has to be compared with what is stored.
 */
export async function unchangedSince(
  em: EntityManager, evaluationId: number, last: LastBatch | null, bundle: CohortBundle, files: BundleFileInfo[], provided: ReadonlySet<OptionalFile>,
): Promise<WriteSummary | null> {
  if (!last || fingerprint(last.files) !== fingerprint(files)) return null;
  const counts = emptyCounts();
  counts.courses = unchangedCounts(bundle.courses.length);
  counts.measurements = unchangedCounts(bundle.measurements.length);
  counts.measurement_values = unchangedCounts(valueCount(bundle));
  if (provided.has('costs')) counts.cost_lines = unchangedCounts(bundle.costs.length);
  if (provided.has('contacts')) counts.contacts = unchangedCounts(bundle.contacts.length);
  if (provided.has('focus_areas')) counts.focus_areas = unchangedCounts(bundle.focusAreas.length);
  const notInBundle = (await em.query(
    'SELECT course_code FROM course WHERE evaluation_id = $1 AND NOT (course_code = ANY($2::text[])) ORDER BY id',
    [evaluationId, bundle.courses.map((c) => c.courseId)],
  )) as { course_code: string }[];
  return { counts, changes: [], coursesNotInBundle: notInBundle.map((r) => r.course_code) };
}
