import { ForbiddenException, Injectable, NotFoundException, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AnalyticsEngine, type CohortReport, type ReportOptions } from '@cti/analytics';
import { isWithheld, smallCellK, suppressSmallCells, type PublishedReport } from '@cti/access';
import { AuditService } from '@cti/audit';
import { DEFAULT_EVALUATION } from '@cti/cohorts';
import { mayReadEvaluation, mayReadMunicipality, type AccessScope } from '@cti/domain';
import { loadSnapshotFromPostgres, type SnapshotSource } from './postgres-snapshot';
import { publishedEvaluations, type EvaluationSummary } from './published-evaluations';

interface CachedEngine {
  dataVersion: number;
  engine: Promise<AnalyticsEngine>;
}

/** What the caller is doing with the report, for the audit trail (a read, or a download of one section). */
export interface ReportAccess {
  action?: string;
  target?: string;
}

/**
 * Serves reports from PostgreSQL data through the DuckDB engine. Each evaluation's snapshot is keyed to its data
 * version: any import or change bumps it, and the next report reloads, so a report always names the data it used.
 * Every report is read through the caller's AccessScope: its evaluations, its municipalities, small-cell suppression.
 */
@Injectable()
export class ReportService implements OnApplicationShutdown {
  private readonly engines = new Map<string, CachedEngine>();
  private readonly k = smallCellK();

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The report as the scope may see it: suppressed for agency and municipality, audited for everyone. */
  async report(scope: AccessScope, slug: string = DEFAULT_EVALUATION, options: ReportOptions = {}, access: ReportAccess = {}): Promise<CohortReport | PublishedReport> {
    const report = await this.scopedReport(scope, slug, options, access);
    if (!scope.suppressSmallCells) return report;
    const published = suppressSmallCells(report, this.k);
    if (scope.municipalityCodes !== 'all') published.municipality_costs = await this.ownBesideNational(scope.municipalityCodes, slug, options);
    return published;
  }

  /** The unsuppressed report, for scopes that may see it (evaluators, the operator's CLI). */
  async fullReport(scope: AccessScope, slug: string = DEFAULT_EVALUATION, options: ReportOptions = {}, access: ReportAccess = {}): Promise<CohortReport> {
    if (scope.suppressSmallCells) throw new ForbiddenException('this scope sees reports only with small cells withheld');
    return this.scopedReport(scope, slug, options, access);
  }

  async evaluations(scope: AccessScope): Promise<EvaluationSummary[]> {
    return publishedEvaluations(this.dataSource, scope, this.k);
  }

  private async scopedReport(scope: AccessScope, slug: string, options: ReportOptions, access: ReportAccess): Promise<CohortReport> {
    // An evaluation outside the scope is reported as missing, so its existence is not disclosed either; refusals are audited.
    const municipality = options.municipalityCode;
    const refusal = !mayReadEvaluation(scope, slug)
      ? new NotFoundException(`no evaluation '${slug}'`)
      : municipality !== undefined && !mayReadMunicipality(scope, municipality)
        ? new ForbiddenException(`you may not read municipality ${municipality}`)
        : null;
    if (refusal) {
      await this.audit.record(scope, { action: access.action ?? 'report.read', outcome: 'denied', evaluation: slug, municipalityCode: municipality ?? null, target: access.target ?? 'report' });
      throw refusal;
    }
    const engine = await this.engineFor(slug);
    const report = await engine.report(options);
    await this.audit.record(scope, {
      action: access.action ?? 'report.read', evaluation: slug, municipalityCode: municipality ?? null, target: access.target ?? 'report',
      detail: { options, snapshot: report.metadata.snapshot.id, suppressed: scope.suppressSmallCells },
    });
    return report;
  }

  /**
   * A municipality's cost comparison: its own rows, beside the true national figures (from the national report, so the
   * national column is not just its own data again). Suppression runs on the whole national table first, so the
   * secondary rule sees every municipality that adds up to the national total.
   */
  private async ownBesideNational(own: number[], slug: string, options: ReportOptions): Promise<PublishedReport['municipality_costs']> {
    const engine = await this.engineFor(slug);
    const national = await engine.report({ ...options, municipalityCode: undefined, costEffectiveness: { ...options.costEffectiveness, bootstrapIterations: 0 } });
    const rows = suppressSmallCells(national, this.k).municipality_costs;
    return Array.isArray(rows) ? rows.filter((row) => !isWithheld(row) && own.includes(row.municipality_code as number)) : [];
  }

  private async source(slug: string): Promise<SnapshotSource> {
    const rows = (await this.dataSource.query('SELECT id, data_version FROM evaluation WHERE slug = $1', [slug])) as { id: number; data_version: number }[];
    if (rows.length === 0) throw new NotFoundException(`no evaluation '${slug}'`);
    return { evaluationId: rows[0].id, slug, dataVersion: rows[0].data_version };
  }

  private async engineFor(slug: string): Promise<AnalyticsEngine> {
    const source = await this.source(slug);
    const cached = this.engines.get(slug);
    if (cached && cached.dataVersion === source.dataVersion) return cached.engine;
    // One consistent read of all tables, then Arrow → DuckDB.
    const engine = this.dataSource
      .transaction('REPEATABLE READ', (em) => loadSnapshotFromPostgres(em, source))
      .then((snapshot) => AnalyticsEngine.open(snapshot));
    this.engines.set(slug, { dataVersion: source.dataVersion, engine });
    engine.catch(() => this.engines.delete(slug));
    if (cached) void cached.engine.then((old) => old.close()).catch(() => undefined);
    return engine;
  }

  async onApplicationShutdown(): Promise<void> {
    for (const { engine } of this.engines.values()) await engine.then((e) => e.close()).catch(() => undefined);
    this.engines.clear();
  }
}
