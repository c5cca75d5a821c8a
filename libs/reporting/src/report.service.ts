import { ForbiddenException, Injectable, NotFoundException, ServiceUnavailableException, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AnalyticsEngine, resolveReportOptions, type AnalysisDataset, type CohortReport, type ReportOptions } from '@cti/analytics';
import { AuditService } from '@cti/audit';
import { computeDisclosurePattern, gridOfEvaluation, isWithheld, publishSlice, smallCellK, type DisclosurePattern, type PublishedReport, type Withheld } from './disclosure';
import { DEFAULT_EVALUATION } from '@cti/cohorts';
import { mayReadEvaluation, mayReadMunicipality, type AccessScope } from '@cti/domain';
import { approximateBytes } from './cache/computation-cache';
import { ReportCache } from './cache/report-cache';
import { loadSnapshotFromPostgres, type SnapshotSource } from './postgres-snapshot';
import { publishedEvaluations, type EvaluationSummary } from './published-evaluations';

interface LoadedEngine {
  dataVersion: number;
  engine: Promise<AnalyticsEngine>;
}

/** The cache kind of a whole unsuppressed report. */
export const REPORT_CACHE_KIND = 'report';
/** The cache kind of a data version's suppression pattern over every view. */
export const DISCLOSURE_PATTERN_CACHE_KIND = 'disclosure-pattern';

/** Sections with citizen counts that the disclosure pattern does not cover yet: not published to suppressing scopes. */
const UNPATTERNED_SECTIONS = ['table_one', 'responders'] as const;
const NOT_YET_UNDER_DISCLOSURE_CONTROL: Withheld = { suppressed: true, reason: 'counts per level and arm are not yet under disclosure control' };

/** What the caller is doing with the report, for the audit trail (a read, or a download of one section). */
export interface ReportAccess {
  action?: string;
  target?: string;
}

/**
 * Serves reports from PostgreSQL data through the DuckDB engine. Each evaluation's snapshot is keyed to its data
 * version: any import or change bumps it, and the next report reloads, so a report always names the data it used.
 * A report is computed once per (evaluation, data version, options) and then served from the ReportCache; every
 * caller's AccessScope applies afterwards: its evaluations, its municipalities, small-cell suppression.
 * A caller's `signal` says its client has gone: when no caller waits for a computation any more, it is aborted.
 */
@Injectable()
export class ReportService implements OnApplicationShutdown {
  private readonly engines = new Map<string, LoadedEngine>();
  private readonly k = smallCellK();

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly cache: ReportCache,
  ) {}

  /** The report as the scope may see it: suppressed for agency and municipality, audited for everyone. */
  async report(
    scope: AccessScope, slug: string = DEFAULT_EVALUATION, options: ReportOptions = {}, access: ReportAccess = {}, signal?: AbortSignal,
  ): Promise<CohortReport | PublishedReport> {
    const { report, source } = await this.scopedReport(scope, slug, options, access, signal);
    if (!scope.suppressSmallCells) return report;
    const pattern = await this.disclosurePattern(source, options, signal);
    const published = publishSlice(report, pattern, { municipalityCode: options.municipalityCode, targetGroup: options.targetGroup });
    // Table 1 and responders count citizens per level and arm, outside the joint pattern so far: withheld whole.
    for (const section of UNPATTERNED_SECTIONS) published[section] = NOT_YET_UNDER_DISCLOSURE_CONTROL;
    if (scope.municipalityCodes !== 'all') published.municipality_costs = await this.ownBesideNational(scope.municipalityCodes, source, options, pattern, signal);
    return published;
  }

  /** The unsuppressed report, for scopes that may see it (evaluators, the operator's CLI). */
  async fullReport(
    scope: AccessScope, slug: string = DEFAULT_EVALUATION, options: ReportOptions = {}, access: ReportAccess = {}, signal?: AbortSignal,
  ): Promise<CohortReport> {
    if (scope.suppressSmallCells) throw new ForbiddenException('this scope sees reports only with small cells withheld');
    return (await this.scopedReport(scope, slug, options, access, signal)).report;
  }

  /**
   * The wide analysis dataset (one row per course): row-level data, so only for scopes that see unsuppressed reports
   * (evaluators, the operator's CLI); computed per request, never cached, and audited as `export.wide`.
   */
  async analysisDataset(
    scope: AccessScope, slug: string = DEFAULT_EVALUATION, options: ReportOptions = {}, format = 'json', signal?: AbortSignal,
  ): Promise<AnalysisDataset> {
    const municipality = options.municipalityCode;
    const refusal = !mayReadEvaluation(scope, slug)
      ? new NotFoundException(`no evaluation '${slug}'`)
      : scope.suppressSmallCells
        ? new ForbiddenException('the analysis dataset holds one row per course: evaluators only')
        : municipality !== undefined && !mayReadMunicipality(scope, municipality)
          ? new ForbiddenException(`you may not read municipality ${municipality}`)
          : null;
    const entry = { action: 'export.wide', evaluation: slug, municipalityCode: municipality ?? null, target: `analysis-dataset.${format}` };
    if (refusal) {
      await this.audit.record(scope, { ...entry, outcome: 'denied' });
      throw refusal;
    }
    const source = await this.source(slug);
    const resolved = resolveReportOptions(options);
    const dataset = await this.onEngine(source, (engine) => engine.analysisDataset(resolved, signal));
    await this.audit.record(scope, { ...entry, detail: { options: resolved, dataVersion: source.dataVersion, rows: dataset.rows.length, columns: dataset.codebook.length } });
    return dataset;
  }

  /**
   * The unsuppressed report of one data version, from the cache or computed once for every concurrent caller.
   * No scope check: for services that apply their own on top (suppression, disclosure control), never for a response as is.
   */
  cachedReport(source: SnapshotSource, options: ReportOptions, signal?: AbortSignal): Promise<CohortReport> {
    const resolved = resolveReportOptions(options);
    return this.cache.getOrCompute(
      { kind: REPORT_CACHE_KIND, evaluation: source.slug, dataVersion: source.dataVersion, options: resolved },
      (abort) => this.onEngine(source, (engine) => engine.report(resolved, abort)),
      approximateBytes,
      signal,
    );
  }

  /**
   * The suppression pattern of a data version over every view (national and each municipality × all and each target
   * group), computed once from those views' unsuppressed reports (without bootstrap) and cached: every response to a
   * suppressing scope is a slice of it, so no withheld figure follows from differences between views.
   */
  disclosurePattern(source: SnapshotSource, options: ReportOptions, signal?: AbortSignal): Promise<DisclosurePattern> {
    const base = resolveReportOptions({ ...options, municipalityCode: undefined, targetGroup: undefined, costEffectiveness: { ...options.costEffectiveness, bootstrapIterations: 0 } });
    return this.cache.getOrCompute(
      { kind: DISCLOSURE_PATTERN_CACHE_KIND, evaluation: source.slug, dataVersion: source.dataVersion, options: base },
      async (abort) => computeDisclosurePattern(
        await gridOfEvaluation(this.dataSource, source.evaluationId),
        (view) => this.cachedReport(source, { ...base, ...view }, abort),
        this.k,
      ),
      approximateBytes,
      signal,
    );
  }

  /** The evaluation's id and current data version (a report's cache key names it). */
  async source(slug: string): Promise<SnapshotSource> {
    const rows = (await this.dataSource.query('SELECT id, data_version FROM evaluation WHERE slug = $1', [slug])) as { id: number; data_version: number }[];
    if (rows.length === 0) throw new NotFoundException(`no evaluation '${slug}'`);
    return { evaluationId: rows[0].id, slug, dataVersion: rows[0].data_version };
  }

  async evaluations(scope: AccessScope): Promise<EvaluationSummary[]> {
    return publishedEvaluations(this.dataSource, scope, this.k);
  }

  private async scopedReport(
    scope: AccessScope, slug: string, options: ReportOptions, access: ReportAccess, signal?: AbortSignal,
  ): Promise<{ report: CohortReport; source: SnapshotSource }> {
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
    const source = await this.source(slug);
    const report = await this.cachedReport(source, options, signal);
    await this.audit.record(scope, {
      action: access.action ?? 'report.read', evaluation: slug, municipalityCode: municipality ?? null, target: access.target ?? 'report',
      detail: { options, snapshot: report.metadata.snapshot.id, suppressed: scope.suppressSmallCells },
    });
    return { report, source };
  }

  /**
   * A municipality's cost comparison: its own rows, beside the true national figures (from the national report, so the
   * national column is not just its own data again), as the national view's slice of the same pattern.
   */
  private async ownBesideNational(
    own: number[], source: SnapshotSource, options: ReportOptions, pattern: DisclosurePattern, signal?: AbortSignal,
  ): Promise<PublishedReport['municipality_costs']> {
    const national = await this.cachedReport(source, { ...options, municipalityCode: undefined, costEffectiveness: { ...options.costEffectiveness, bootstrapIterations: 0 } }, signal);
    const rows = publishSlice(national, pattern, { targetGroup: options.targetGroup }).municipality_costs;
    return Array.isArray(rows) ? rows.filter((row) => !isWithheld(row) && own.includes(row.municipality_code as number)) : [];
  }

  /** Runs on the engine of this data version; a request that read the version just before an import gets a one-off engine. */
  private async onEngine<T>(source: SnapshotSource, run: (engine: AnalyticsEngine) => Promise<T>): Promise<T> {
    const loaded = this.engines.get(source.slug);
    if (!loaded || loaded.dataVersion <= source.dataVersion) return run(await this.engineFor(source));
    const engine = await this.openEngine(source);
    try {
      return await run(engine);
    } finally {
      await engine.close();
    }
  }

  /** The DuckDB engine holding the snapshot of this data version, loaded once (concurrent callers share the load). */
  private engineFor(source: SnapshotSource): Promise<AnalyticsEngine> {
    const loaded = this.engines.get(source.slug);
    if (loaded && loaded.dataVersion === source.dataVersion) return loaded.engine;
    const engine = this.openEngine(source);
    this.engines.set(source.slug, { dataVersion: source.dataVersion, engine });
    engine.catch(() => this.engines.get(source.slug)?.engine === engine && this.engines.delete(source.slug));
    // The older snapshot closes once the reports still running on it have finished.
    if (loaded) void loaded.engine.then((old) => old.retire()).catch(() => undefined);
    return engine;
  }

  /** One consistent read of all tables, then Arrow → DuckDB. */
  private openEngine(source: SnapshotSource): Promise<AnalyticsEngine> {
    return this.dataSource.transaction('REPEATABLE READ', (em) => loadSnapshotFromPostgres(em, source)).then((snapshot) => AnalyticsEngine.open(snapshot));
  }

  /** Abandons running reports rather than waiting for them: nobody will read them. */
  async onApplicationShutdown(): Promise<void> {
    this.cache.abortAll(new ServiceUnavailableException('the server is shutting down'));
    const engines = [...this.engines.values()];
    this.engines.clear();
    await Promise.all(engines.map(({ engine }) => engine.then((e) => e.close()).catch(() => undefined)));
  }
}
