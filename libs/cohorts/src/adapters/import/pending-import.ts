import { randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { CohortBundle } from '@cti/domain';
import { sharesOneSession } from '@cti/persistence';
import type { InstrumentRegistry } from '../registry/instrument-registry';
import { emptyCounts, type CountedTable, type TableCounts, type WriteSummary } from './import-summary';
import type { OptionalFile } from './staging';
import { writeBundleRows, writeCohort } from './write-cohort';
import { createEvaluation, deleteEvaluation } from './evaluations';

// On the embedded database (one session for every connection) an import's transaction makes every other request wait
// until it commits: 27 s for 10,000 new courses. Courses new to the evaluation are therefore written first into a
// hidden evaluation of their own, a short transaction per chunk, and the import's one transaction only moves them over
// (an UPDATE of their course, citizen and worker rows). Until then no reader of the target evaluation sees them; if
// anything fails, the hidden evaluation is deleted, so a rejected or interrupted import still changes nothing.

export const PENDING_SLUG_PREFIX = 'pending-import-';
/** Fewer new courses than this are written in the import's own transaction (a chunk's worth). */
export const PENDING_CHUNK_COURSES = 100;
// Each chunk transaction aims at this long on the one session (others wait at most about that long): its course count
// follows the time the last one took, so a loaded machine gets smaller chunks rather than longer waits.
const CHUNK_TARGET_MS = 250;
const CHUNK_COURSES_MIN = 20;
const CHUNK_COURSES_MAX = 1_000;
// A hidden evaluation older than this belongs to an import that died (kill -9); younger ones may still be filling.
const STALE_HOURS = 6;

export interface PendingCourses {
  evaluationId: number;
  /** The bundle's courses already stored in the target evaluation (compared in the import's transaction). */
  known: CohortBundle;
  counts: Record<CountedTable, TableCounts>;
}

/** The bundle's rows grouped by course, to be put together for any set of courses. */
function byCourse(bundle: CohortBundle): (courseIds: readonly string[]) => CohortBundle {
  const rows = new Map<string, CohortBundle>();
  for (const c of bundle.courses) rows.set(c.courseId, { courses: [c], measurements: [], costs: [], contacts: [], focusAreas: [] });
  for (const key of ['measurements', 'costs', 'contacts', 'focusAreas'] as const) {
    for (const row of bundle[key]) (rows.get(row.courseId)?.[key] as unknown[] | undefined)?.push(row);
  }
  return (courseIds) => {
    const out: CohortBundle = { courses: [], measurements: [], costs: [], contacts: [], focusAreas: [] };
    for (const id of courseIds) for (const key of Object.keys(out) as (keyof CohortBundle)[]) (out[key] as unknown[]).push(...rows.get(id)![key]);
    return out;
  };
}

function addCounts(into: Record<CountedTable, TableCounts>, from: Record<CountedTable, TableCounts>): void {
  for (const [table, c] of Object.entries(from) as [CountedTable, TableCounts][]) {
    for (const k of Object.keys(c) as (keyof TableCounts)[]) into[table][k] += c[k];
  }
}

/**
 * Writes the bundle's courses that the evaluation does not hold yet into a hidden evaluation, in short transactions;
 * null when the database has sessions of its own (PostgreSQL) or there are too few new courses to matter.
 */
export async function writePendingCourses(
  dataSource: DataSource, slug: string, bundle: CohortBundle, registry: InstrumentRegistry, provided: ReadonlySet<OptionalFile>,
): Promise<PendingCourses | null> {
  if (!(await sharesOneSession(dataSource.manager))) return null;
  const stored = (await dataSource.query(
    'SELECT c.course_code FROM course c JOIN evaluation e ON e.id = c.evaluation_id WHERE e.slug = $1', [slug],
  )) as { course_code: string }[];
  const knownCodes = new Set(stored.map((r) => r.course_code));
  const fresh = bundle.courses.filter((c) => !knownCodes.has(c.courseId));
  if (fresh.length <= PENDING_CHUNK_COURSES) return null;
  await dropStalePending(dataSource);
  const bundleOf = byCourse(bundle);
  const known = bundleOf(bundle.courses.filter((c) => knownCodes.has(c.courseId)).map((c) => c.courseId));
  const pendingSlug = `${PENDING_SLUG_PREFIX}${randomBytes(8).toString('hex')}`;
  const { id } = await createEvaluation(dataSource.manager, pendingSlug, `import into ${slug}, not yet committed`);
  const counts = emptyCounts();
  try {
    let size = CHUNK_COURSES_MIN * 2;
    for (let i = 0; i < fresh.length;) {
      const chunk = bundleOf(fresh.slice(i, i + size).map((c) => c.courseId));
      i += chunk.courses.length;
      const started = Date.now();
      const summary = await dataSource.transaction((em) => writeBundleRows(em, id, chunk, registry, provided));
      addCounts(counts, summary.counts);
      const ratio = Math.min(2, CHUNK_TARGET_MS / Math.max(1, Date.now() - started));
      size = Math.max(CHUNK_COURSES_MIN, Math.min(CHUNK_COURSES_MAX, Math.round(size * ratio)));
    }
  } catch (e) {
    await dropPending(dataSource, id);
    throw e;
  }
  return { evaluationId: id, known, counts };
}

/**
 * Inside the import's transaction: compares the courses already stored (as any import does), then moves the pending
 * ones into the evaluation. Returns the summary and whether staging tables (s_change) exist in this transaction.
 */
export async function adoptPendingCourses(
  em: EntityManager, evaluationId: number, pending: PendingCourses, registry: InstrumentRegistry, provided: ReadonlySet<OptionalFile>,
): Promise<{ summary: WriteSummary; staged: boolean }> {
  const staged = pending.known.courses.length > 0;
  let summary: WriteSummary;
  if (staged) {
    summary = await writeCohort(em, evaluationId, pending.known, registry, provided);
  } else {
    // every stored course is one the bundle does not hold (the pending ones are not moved yet)
    const rows = (await em.query('SELECT course_code FROM course WHERE evaluation_id = $1 ORDER BY id', [evaluationId])) as { course_code: string }[];
    summary = { counts: emptyCounts(), changes: [], coursesNotInBundle: rows.map((r) => r.course_code) };
  }
  addCounts(summary.counts, pending.counts);
  const from = pending.evaluationId;
  for (const [table, referrers] of [['citizen', ['course']], ['worker', ['course', 'contact']]] as const) {
    // a pseudonym the evaluation already has: its rows point at the stored one, the pending duplicate goes
    for (const referrer of referrers) {
      await em.query(
        `UPDATE ${referrer} r SET ${table}_id = t.id FROM ${table} p JOIN ${table} t ON t.evaluation_id = $2 AND t.pseudonym = p.pseudonym
         WHERE p.evaluation_id = $1 AND r.${table}_id = p.id`,
        [from, evaluationId],
      );
    }
    await em.query(`DELETE FROM ${table} p USING ${table} t WHERE p.evaluation_id = $1 AND t.evaluation_id = $2 AND t.pseudonym = p.pseudonym`, [from, evaluationId]);
    await em.query(`UPDATE ${table} SET evaluation_id = $2 WHERE evaluation_id = $1`, [from, evaluationId]);
  }
  // a course code stored meanwhile by someone else fails here on (evaluation_id, course_code): the import rolls back
  await em.query('UPDATE course SET evaluation_id = $2 WHERE evaluation_id = $1', [from, evaluationId]);
  await deleteEvaluation(em, from);
  return { summary, staged };
}

/** Deletes a hidden evaluation (after a failed, refused or dry-run import), its courses in short transactions. */
export async function dropPending(dataSource: DataSource, evaluationId: number): Promise<void> {
  for (;;) {
    // TypeORM answers a DELETE with [rows, row count]
    const [, deleted] = (await dataSource.query(
      'DELETE FROM course WHERE id IN (SELECT id FROM course WHERE evaluation_id = $1 LIMIT $2)', [evaluationId, PENDING_CHUNK_COURSES],
    )) as [unknown[], number];
    if (deleted < PENDING_CHUNK_COURSES) break;
  }
  await deleteEvaluation(dataSource.manager, evaluationId);
}

async function dropStalePending(dataSource: DataSource): Promise<void> {
  const stale = (await dataSource.query(
    `SELECT id FROM evaluation WHERE starts_with(slug, $1) AND created_at < now() - make_interval(hours => $2)`, [PENDING_SLUG_PREFIX, STALE_HOURS],
  )) as { id: number }[];
  for (const { id } of stale) await dropPending(dataSource, id);
}
