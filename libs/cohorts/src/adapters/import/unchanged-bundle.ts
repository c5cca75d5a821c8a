import type { EntityManager } from 'typeorm';
import type { CohortBundle } from '@cti/domain';
import type { BundleFileInfo } from '../../bundle';
import { emptyCounts, type WriteSummary } from './import-summary';
import type { OptionalFile } from './staging';

const fingerprint = (files: Pick<BundleFileInfo, 'name' | 'sha256'>[]) => files.map((f) => `${f.name}\u0000${f.sha256}`).sort().join('\n');

/**
 * The summary of an unchanged import when the bundle's files have the checksums of the evaluation's last successful
 * batch and the evaluation's data version has not moved since (no import, course entry or correction in between);
 * null when the bundle has to be compared with what is stored.
 */
export async function unchangedSince(
  em: EntityManager, evaluationId: number, bundle: CohortBundle, files: BundleFileInfo[], provided: ReadonlySet<OptionalFile>,
): Promise<WriteSummary | null> {
  const rows = (await em.query(
    `SELECT b.files, b.data_version = e.data_version AS current FROM import_batch b JOIN evaluation e ON e.id = b.evaluation_id
     WHERE b.evaluation_id = $1 AND b.outcome IN ('imported', 'unchanged') ORDER BY b.id DESC LIMIT 1`,
    [evaluationId],
  )) as { files: BundleFileInfo[]; current: boolean | null }[];
  if (!rows[0]?.current || fingerprint(rows[0].files) !== fingerprint(files)) return null;
  const counts = emptyCounts();
  const unchanged = (n: number) => ({ inBundle: n, inserted: 0, updated: 0, deleted: 0, unchanged: n });
  counts.courses = unchanged(bundle.courses.length);
  counts.measurements = unchanged(bundle.measurements.length);
  counts.measurement_values = unchanged(bundle.measurements.reduce((n, m) => n + m.values.length, 0));
  if (provided.has('costs')) counts.cost_lines = unchanged(bundle.costs.length);
  if (provided.has('contacts')) counts.contacts = unchanged(bundle.contacts.length);
  if (provided.has('focus_areas')) counts.focus_areas = unchanged(bundle.focusAreas.length);
  const notInBundle = (await em.query(
    'SELECT course_code FROM course WHERE evaluation_id = $1 AND NOT (course_code = ANY($2::text[])) ORDER BY id',
    [evaluationId, bundle.courses.map((c) => c.courseId)],
  )) as { course_code: string }[];
  return { counts, changes: [], coursesNotInBundle: notInBundle.map((r) => r.course_code) };
}
