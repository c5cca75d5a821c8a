import type { EntityManager } from 'typeorm';
import type { CohortBundle } from '@cti/domain';
import type { InstrumentRegistry } from '../registry/instrument-registry';
import { emptyCounts, unchangedCounts, type ChangeRecord, type WriteSummary } from './import-summary';
import { valueCount } from './unchanged-bundle';
import { replaceChildRows } from './write-child-rows';
import { writeCourses } from './write-courses';
import { writeMeasurements } from './write-measurements';
import { createStaging, stageBundle, type OptionalFile } from './staging';

/**
 * Writes a validated bundle into an evaluation inside the caller's transaction: the bundle is COPYed into staging
 * tables, then each table is diffed against what is stored and written set-based (a statement per table and kind of
 * change, never per row). New rows are inserted; rows that differ are updated and every changed value is recorded in
 * s_change; identical rows are left alone, so importing the same bundle twice changes nothing. Parts `asStored`
 * (unchanged-bundle.ts: partsStoredAsInBundle) are known to equal what is stored and are neither staged nor compared.
 */
export async function writeCohort(
  em: EntityManager, evaluationId: number, bundle: CohortBundle, registry: InstrumentRegistry, provided: ReadonlySet<OptionalFile>,
  asStored: ReadonlySet<string> = new Set(),
): Promise<WriteSummary> {
  const written = await writeBundleRows(em, evaluationId, bundle, registry, provided, asStored);
  const notInBundle = (await em.query(
    'SELECT course_code FROM course c WHERE c.evaluation_id = $1 AND NOT EXISTS (SELECT 1 FROM s_course s WHERE s.course_id = c.id) ORDER BY c.id',
    [evaluationId],
  )) as { course_code: string }[];
  return { ...written, coursesNotInBundle: notInBundle.map((r) => r.course_code) };
}

/**
 * writeCohort without the list of stored courses the bundle lacks: for a part of a bundle (pending-import.ts writes a
 * national bundle in hundreds of chunks, and listing the courses of the chunks before each time made it quadratic).
 */
export async function writeBundleRows(
  em: EntityManager, evaluationId: number, bundle: CohortBundle, registry: InstrumentRegistry, provided: ReadonlySet<OptionalFile>,
  asStored: ReadonlySet<string> = new Set(),
): Promise<Omit<WriteSummary, 'coursesNotInBundle'>> {
  const counts = emptyCounts();
  await createStaging(em, registry);
  await stageBundle(em, bundle, provided, asStored);
  await writeCourses(em, evaluationId, counts.courses);
  if (asStored.has('measurements')) {
    counts.measurements = unchangedCounts(bundle.measurements.length);
    counts.measurement_values = unchangedCounts(valueCount(bundle));
  } else {
    await writeMeasurements(em, bundle, registry, counts);
  }
  const compared = new Set([...provided].filter((p) => !asStored.has(p)));
  if (asStored.has('costs')) counts.cost_lines = unchangedCounts(bundle.costs.length);
  if (asStored.has('contacts')) counts.contacts = unchangedCounts(bundle.contacts.length);
  if (asStored.has('focus_areas')) counts.focus_areas = unchangedCounts(bundle.focusAreas.length);
  await replaceChildRows(em, evaluationId, counts, compared);
  const changes = (await em.query(
    `SELECT table_name AS "tableName", record_key AS "recordKey", field, old_value AS "oldValue", new_value AS "newValue" FROM s_change ORDER BY ord`,
  )) as ChangeRecord[];
  return { counts, changes };
}

/** Records the staged changes under their batch, in one statement. */
export async function recordChanges(em: EntityManager, batchId: number): Promise<void> {
  await em.query(
    `INSERT INTO import_change (batch_id, table_name, record_key, field, old_value, new_value)
     SELECT $1, table_name, record_key, field, old_value, new_value FROM s_change ORDER BY ord`,
    [batchId],
  );
}
