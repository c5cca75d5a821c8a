import type { EntityManager } from 'typeorm';
import { lockEvaluation, type EvaluationRef } from '@cti/cohorts';
import { registerSlug, DomainError } from '@cti/domain';

// Each municipality's own courses form one evaluation, `register-<code>` (registerSlug): pseudonyms are unique per municipality, and its report is its own.

/** The municipality's register evaluation, created on first use and locked for the rest of the transaction. */
export async function lockRegister(em: EntityManager, municipalityCode: number): Promise<EvaluationRef> {
  const [municipality] = (await em.query('SELECT name FROM municipality WHERE code = $1', [municipalityCode])) as { name: string }[];
  if (!municipality) throw new DomainError('invalid', 'municipality.unknown_code', { municipality: municipalityCode });
  const evaluation = await lockEvaluation(em, registerSlug(municipalityCode), `CTI register: ${municipality.name}`);
  await em.query('INSERT INTO register_evaluation (municipality_code, evaluation_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [municipalityCode, evaluation.id]);
  return evaluation;
}

/** A pseudonym (citizen or worker) in the register, added when new; returns its id. */
export async function ensurePseudonym(em: EntityManager, table: 'citizen' | 'worker', evaluationId: number, pseudonym: string): Promise<number> {
  await em.query(`INSERT INTO ${table} (evaluation_id, pseudonym) VALUES ($1, $2) ON CONFLICT (evaluation_id, pseudonym) DO NOTHING`, [evaluationId, pseudonym]);
  const [row] = (await em.query(`SELECT id FROM ${table} WHERE evaluation_id = $1 AND pseudonym = $2`, [evaluationId, pseudonym])) as { id: number }[];
  return row.id;
}
