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

/** The evaluation a bundle goes into, created on first import; locked for the rest of the transaction. */
export async function lockEvaluation(em: EntityManager, slug: string): Promise<EvaluationRef> {
  await em.query('INSERT INTO evaluation (slug, name) VALUES ($1, $2) ON CONFLICT (slug) DO NOTHING', [slug, slug === DEFAULT_EVALUATION ? 'Default evaluation' : slug]);
  const rows = (await em.query('SELECT id, slug, name FROM evaluation WHERE slug = $1 FOR UPDATE', [slug])) as EvaluationRef[];
  return rows[0];
}

/** Marks the evaluation's data as changed: analytics snapshots keyed to the old version are refreshed on next read. */
export async function bumpDataVersion(em: EntityManager, evaluationId: number): Promise<void> {
  await em.query('UPDATE evaluation SET data_version = data_version + 1, data_changed_at = now() WHERE id = $1', [evaluationId]);
}
