import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { writeAuditEvent } from '@cti/audit';
import {
  checkedHierarchy, DomainError, hierarchyOf, mayReadEvaluation, type AccessScope, type OutcomeHierarchy, type OutcomeHierarchyInput,
} from '@cti/domain';
import { findEvaluation, readAnalysisSettings, writeAnalysisSettings } from '../import/evaluations';
import { PENDING_SLUG_PREFIX } from '../import/pending-import';
import { loadScoreOutcomes } from '../registry/instrument-registry';

/** An evaluation's analysis settings as its readers see them. */
export interface EvaluationAnalysisSettings {
  evaluation: string;
  hierarchy: OutcomeHierarchy;
  /** False while the evaluation has no stored settings and the defaults apply. */
  stored: boolean;
}

/**
 * The outcome hierarchy stored with an evaluation: read by whoever may read its reports, changed by its evaluators
 * (and the operator's CLI). Every read, change and refusal is audited; a refused change writes nothing.
 */
@Injectable()
export class AnalysisSettingsService {
  constructor(private readonly dataSource: DataSource) {}

  async get(scope: AccessScope, slug: string): Promise<EvaluationAnalysisSettings> {
    const id = await this.readable(scope, slug, 'settings.read');
    const stored = await readAnalysisSettings(this.dataSource.manager, id);
    await writeAuditEvent(this.dataSource.manager, scope, { action: 'settings.read', evaluation: slug, target: 'analysis settings' });
    return { evaluation: slug, hierarchy: hierarchyOf(stored), stored: stored !== null };
  }

  async set(scope: AccessScope, slug: string, input: OutcomeHierarchyInput): Promise<EvaluationAnalysisSettings> {
    const action = 'settings.change';
    const id = await this.readable(scope, slug, action);
    if (scope.role !== 'evaluator' && scope.role !== 'system') await this.refuse(scope, slug, action, new DomainError('forbidden', 'analysis_settings.evaluators_only', { slug }));
    let hierarchy: OutcomeHierarchy;
    try {
      hierarchy = checkedHierarchy(input, await loadScoreOutcomes(this.dataSource.manager));
    } catch (error) {
      await writeAuditEvent(this.dataSource.manager, scope, { action, outcome: 'failed', evaluation: slug, target: 'analysis settings', detail: { input, code: (error as DomainError).code } });
      throw error;
    }
    await this.dataSource.transaction(async (em) => {
      await em.query('SELECT 1 FROM evaluation WHERE id = $1 FOR UPDATE', [id]);
      const before = await readAnalysisSettings(em, id);
      await writeAnalysisSettings(em, id, { hierarchy });
      // in the same transaction: no change without its audit row
      await writeAuditEvent(em, scope, { action, evaluation: slug, target: 'analysis settings', detail: { before: hierarchyOf(before), after: hierarchy } });
    });
    return { evaluation: slug, hierarchy, stored: true };
  }

  /** The evaluation's id if the scope may read it; otherwise (as if missing) the refusal, audited. */
  private async readable(scope: AccessScope, slug: string, action: string): Promise<number> {
    const notFound = new DomainError('not_found', 'evaluation.not_found', { slug });
    if (!mayReadEvaluation(scope, slug) || slug.startsWith(PENDING_SLUG_PREFIX)) return this.refuse(scope, slug, action, notFound);
    const evaluation = await findEvaluation(this.dataSource.manager, slug);
    return evaluation ? evaluation.id : this.refuse(scope, slug, action, notFound);
  }

  private async refuse(scope: AccessScope, slug: string, action: string, error: DomainError): Promise<never> {
    await writeAuditEvent(this.dataSource.manager, scope, { action, outcome: 'denied', evaluation: slug, target: 'analysis settings' });
    throw error;
  }
}
