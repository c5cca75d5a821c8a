import { DomainError, type AnalysisSettings } from '@cti/domain';
import type { EntityManager } from 'typeorm';

export const DEFAULT_EVALUATION = 'default';

export interface EvaluationRef {
  id: number;
  slug: string;
  name: string;
}

export async function findEvaluation(em: EntityManager, slug: string): Promise<EvaluationRef | null> {
  const rows = (await em.query('SELECT id, slug, name FROM evaluation WHERE slug = $1', [slug])) as EvaluationRef[];
  return rows[0] ?? null;
}

// This file is the one writer of `evaluation` rows: imports, course registers and settings all go through it.

/** A new evaluation of that slug and name (a unique violation when the slug is taken). */
export async function createEvaluation(em: EntityManager, slug: string, name: string): Promise<EvaluationRef> {
  const [row] = (await em.query('INSERT INTO evaluation (slug, name) VALUES ($1, $2) RETURNING id, slug, name', [slug, name])) as EvaluationRef[];
  return row;
}

/** Deletes an evaluation (an import's hidden one, emptied or moved over). */
export async function deleteEvaluation(em: EntityManager, evaluationId: number): Promise<void> {
  await em.query('DELETE FROM evaluation WHERE id = $1', [evaluationId]);
}

/** The evaluation of that slug, created on first use (named `name`); locked for the rest of the transaction. */
export async function lockEvaluation(em: EntityManager, slug: string, name = slug === DEFAULT_EVALUATION ? 'Default evaluation' : slug): Promise<EvaluationRef> {
  await em.query('INSERT INTO evaluation (slug, name) VALUES ($1, $2) ON CONFLICT (slug) DO NOTHING', [slug, name]);
  const rows = (await em.query('SELECT id, slug, name FROM evaluation WHERE slug = $1 FOR UPDATE', [slug])) as EvaluationRef[];
  return rows[0];
}

/** Marks the evaluation's data as changed: analytics snapshots keyed to the old version are refreshed on next read. */
export async function bumpDataVersion(em: EntityManager, evaluationId: number): Promise<void> {
  await em.query('UPDATE evaluation SET data_version = data_version + 1, data_changed_at = now() WHERE id = $1', [evaluationId]);
}

/** The evaluation's stored analysis settings; null when it has none (the reports use the defaults). */
export async function readAnalysisSettings(em: EntityManager, evaluationId: number): Promise<AnalysisSettings | null> {
  const rows = (await em.query('SELECT analysis_settings FROM evaluation WHERE id = $1', [evaluationId])) as { analysis_settings: AnalysisSettings | null }[];
  return rows[0]?.analysis_settings ?? null;
}

/** Stores checked analysis settings (analysis-settings.service.ts checks them); reports re-key on them, the data version stays. */
export async function writeAnalysisSettings(em: EntityManager, evaluationId: number, settings: AnalysisSettings): Promise<void> {
  await em.query('UPDATE evaluation SET analysis_settings = $2::jsonb WHERE id = $1', [evaluationId, JSON.stringify(settings)]);
}

/**
 * Makes `userId` the first member of an evaluation with no members (one the import just created); refuses when the
 * evaluation already has members and the user is not one of them (someone else claimed the name first).
 */
export async function claimEvaluation(em: EntityManager, evaluation: EvaluationRef, userId: number): Promise<void> {
  const [{ members, mine }] = (await em.query(
    'SELECT count(*)::int AS members, count(*) FILTER (WHERE user_id = $2)::int AS mine FROM evaluation_member WHERE evaluation_id = $1',
    [evaluation.id, userId],
  )) as { members: number; mine: number }[];
  if (mine > 0) return;
  if (members > 0) throw new DomainError('forbidden', 'evaluation.not_member', { slug: evaluation.slug });
  await em.query('INSERT INTO evaluation_member (evaluation_id, user_id) VALUES ($1, $2)', [evaluation.id, userId]);
}
