import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isRegisterSlug, mayReadEvaluation, type AccessScope, DomainError } from '@cti/domain';
import { returningRows } from '../returning-rows';

/** Evaluator ↔ evaluation memberships: an evaluator imports into and analyses only the evaluations it belongs to. */
@Injectable()
export class EvaluationMembersService {
  constructor(private readonly dataSource: DataSource) {}

  async add(slug: string, username: string): Promise<void> {
    const rows = (await this.dataSource.query(
      `INSERT INTO evaluation_member (evaluation_id, user_id)
       SELECT e.id, u.id FROM evaluation e, app_user u WHERE e.slug = $1 AND u.username = $2 AND u.role = 'evaluator'
       ON CONFLICT DO NOTHING RETURNING user_id`,
      [slug, username],
    )) as unknown[];
    if (rows.length === 0 && !(await this.isMember(slug, username))) throw new DomainError('not_found', 'member.not_found', { slug, username });
  }

  async remove(slug: string, username: string): Promise<boolean> {
    const result = await this.dataSource.query(
      `DELETE FROM evaluation_member m USING evaluation e, app_user u
       WHERE m.evaluation_id = e.id AND m.user_id = u.id AND e.slug = $1 AND u.username = $2 RETURNING m.user_id`,
      [slug, username],
    );
    return returningRows(result).length > 0;
  }

  /**
   * The scope an import into `slug` runs with. An evaluation the caller may read: as it is. A new one: the scope is
   * widened to it, and the import's own transaction creates it and makes the caller its first member
   * (cohorts' `claimEvaluation`), so a rejected or dry run leaves none behind. Someone else's: refused.
   */
  async claimForImport(scope: AccessScope, slug: string): Promise<AccessScope> {
    // registers are kept by their municipality through the course routes; an import would write into another's register
    if (isRegisterSlug(slug) && scope.userId !== null) throw new DomainError('forbidden', 'evaluation.is_register', { slug });
    if (mayReadEvaluation(scope, slug)) return scope;
    const exists = ((await this.dataSource.query('SELECT 1 FROM evaluation WHERE slug = $1', [slug])) as unknown[]).length > 0;
    if (exists || scope.userId === null) throw new DomainError('forbidden', 'evaluation.not_member', { slug });
    const slugs = scope.evaluationSlugs === 'all' ? 'all' : [...scope.evaluationSlugs, slug];
    return { ...scope, evaluationSlugs: slugs };
  }

  private async isMember(slug: string, username: string): Promise<boolean> {
    const rows = (await this.dataSource.query(
      'SELECT 1 FROM evaluation_member m JOIN evaluation e ON e.id = m.evaluation_id JOIN app_user u ON u.id = m.user_id WHERE e.slug = $1 AND u.username = $2',
      [slug, username],
    )) as unknown[];
    return rows.length > 0;
  }
}
