import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AnalyticsEngine, resolveReportOptions, type AnalysisDataset, type CohortReport, type ReportOptions } from '@cti/analytics';
import { AuditService } from '@cti/audit';
import { computeDisclosurePattern, isWithheld, publishSlice, smallCellK, type DisclosurePattern, type PublishedReport } from '../disclosure';
import { gridOfEvaluation } from './grid-of-evaluation';
import { DEFAULT_EVALUATION, PENDING_SLUG_PREFIX } from '@cti/cohorts';
import { hierarchyOf, mayReadEvaluation, mayReadMunicipality, type AccessScope, type AnalysisSettings, DomainError, type OutcomeHierarchy } from '@cti/domain';
import { approximateBytes, type CacheKey } from '../cache/computation-cache';
import { ReportCache } from './report-cache';
import { snapshotSourcesFromPostgres, type SnapshotSource } from './postgres-snapshot';
import { publishedEvaluations, type EvaluationSummary } from './published-evaluations';

/** An evaluation's snapshot source with the outcome hierarchy stored with it: what its reports are computed from. */
export interface ReportSource extends SnapshotSource {
  hierarchy: OutcomeHierarchy;
}

interface LoadedEngine {
  dataVersion: number;
  engine: Promise<AnalyticsEngine>;
}

/** The cache kind of a whole unsuppressed report. */
export const REPORT_CACHE_KIND = 'report';
/** The cache kind of a data version's suppression pattern over every view. */
export const DISCLOSURE_PATTERN_CACHE_KIND = 'disclosure-pattern';

/** The cache kind of a report as a suppressing scope sees it (its published slice). */
export const PUBLISHED_CACHE_KIND = 'published-report';
/** The cache kind of a report's response body: serialised once per data version, options and view. */
export const REPORT_BODY_CACHE_KIND = 'report-body';

/** A report serialised as the response sends it (plain and gzip-compressed), with entity tags and the snapshot it names (for the audit row). */
export interface ReportBody {
  json: Buffer;
  etag: string;
  gzip: Buffer;
  gzipEtag: string;
  snapshot: string;
}

const gzipAsync = promisify(gzip);

/** What the caller is doing with the report, for the audit trail (a read, or a download of one section). */
export interface ReportAccess {
  action?: string;
  target?: string;
}

/**
 * Serves reports from PostgreSQL data through the DuckDB engine. Each evaluation's snapshot is keyed to its data
 * version: any import or change bumps it, and the next report reloads, so a report always names the data it used.
 * A report is computed once per (evaluation, data version, analysis settings, options) and then served from the
 * ReportCache (a change of the settings is a new key, as a new data version is); every
 * caller's AccessScope applies afterwards: its evaluations, its municipalities, small-cell suppression.
 * A caller's `signal` says its client has gone: when no caller waits for a computation any more, it is aborted.
 */
@Injectable()
export class ReportService implements OnApplicationShutdown {
  private readonly engines = new Map<string, LoadedEngine>();
  private readonly k = smallCellK();
  private readonly sourcesReading = new Map<string, Promise<ReportSource>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly cache: ReportCache,
  ) {}

  /** The report as the scope may see it: suppressed for agency and municipality, audited for everyone. */
  async report(
    scope: AccessScope, slug: string = DEFAULT_EVALUATION, options: ReportOptions = {}, access: ReportAccess = {}, signal?: AbortSignal,
  ): Promise<CohortReport | PublishedReport> {
    const source = await this.checkedSource(scope, slug, options, access);
    const report = await this.view(scope, source, options, signal);
    await this.auditRead(scope, slug, options, access, report.metadata.snapshot.id);
    return report;
  }

  /**
   * The same report as JSON bytes, serialised once per (data version, options, what the scope sees) and then served
   * from the cache: a repeated request costs its checks and its audit row, not a JSON.stringify of the whole report.
   */
  async reportBody(
    scope: AccessScope, slug: string = DEFAULT_EVALUATION, options: ReportOptions = {}, access: ReportAccess = {}, signal?: AbortSignal,
  ): Promise<ReportBody> {
    const source = await this.checkedSource(scope, slug, options, access);
    const body = await this.cache.getOrCompute(
      cacheKey(REPORT_BODY_CACHE_KIND, source, { options: resolveReportOptions(options), view: viewOf(scope) }),
      async (abort) => {
        const report = await this.view(scope, source, options, abort);
        const json = Buffer.from(JSON.stringify(report));
        const tag = createHash('sha1').update(json).digest('base64url');
        // compressed once here (off the event loop), not per response: a national report is megabytes of JSON
        return { json, etag: `"${tag}"`, gzip: await gzipAsync(json), gzipEtag: `"${tag}-gzip"`, snapshot: report.metadata.snapshot.id };
      },
      (body) => body.json.length + body.gzip.length,
      signal,
    );
    await this.auditRead(scope, slug, options, access, body.snapshot);
    return body;
  }

  /** What the scope sees of the cached report: all of it, or (suppressing scopes) its published slice, cached as well. */
  private async view(scope: AccessScope, source: ReportSource, options: ReportOptions, signal?: AbortSignal): Promise<CohortReport | PublishedReport> {
    const report = await this.cachedReport(source, options, signal);
    if (!scope.suppressSmallCells) return report;
    return this.cache.getOrCompute(
      cacheKey(PUBLISHED_CACHE_KIND, source, { options: resolveReportOptions(options), view: viewOf(scope) }),
      async (abort) => {
        const pattern = await this.disclosurePattern(source, options, abort);
        const published = publishSlice(report, pattern, { municipalityCode: options.municipalityCode, targetGroup: options.targetGroup });
        if (scope.municipalityCodes !== 'all') published.municipality_costs = await this.ownBesideNational(scope.municipalityCodes, source, options, pattern, abort);
        return published;
      },
      approximateBytes,
      signal,
    );
  }

  /** The unsuppressed report, for scopes that may see it (evaluators, the operator's CLI). */
  async fullReport(
    scope: AccessScope, slug: string = DEFAULT_EVALUATION, options: ReportOptions = {}, access: ReportAccess = {}, signal?: AbortSignal,
  ): Promise<CohortReport> {
    if (scope.suppressSmallCells) throw new DomainError('forbidden', 'report.small_cells_only');
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
      ? new DomainError('not_found', 'evaluation.not_found', { slug })
      : scope.suppressSmallCells
        ? new DomainError('forbidden', 'export.wide_evaluators_only')
        : municipality !== undefined && !mayReadMunicipality(scope, municipality)
          ? new DomainError('forbidden', 'municipality.forbidden', { municipality })
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
  cachedReport(source: ReportSource, options: ReportOptions, signal?: AbortSignal): Promise<CohortReport> {
    const resolved = resolveReportOptions(options);
    return this.cache.getOrCompute(
      cacheKey(REPORT_CACHE_KIND, source, resolved),
      (abort) => this.onEngine(source, (engine) => engine.report({ ...resolved, analysis: { hierarchy: source.hierarchy } }, abort)),
      approximateBytes,
      signal,
    );
  }

  /**
   * The suppression pattern of a data version over every view (national and each municipality × all and each target
   * group), computed once from those views' cells (the sections of their unsuppressed reports that hold them, without
   * bootstrap) and cached: every response to a suppressing scope is a slice of it, so no withheld figure follows from
   * differences between views. The cells are no report: they are not cached, and nobody is served them.
   */
  disclosurePattern(source: ReportSource, options: ReportOptions, signal?: AbortSignal): Promise<DisclosurePattern> {
    const base = patternOptions(options);
    // other options than the default build on the default pattern (its withheld figures stay withheld)
    const isDefault = JSON.stringify(base) === JSON.stringify(patternOptions({}));
    return this.cache.getOrCompute(
      cacheKey(DISCLOSURE_PATTERN_CACHE_KIND, source, base),
      async (abort) => computeDisclosurePattern(
        await gridOfEvaluation(this.dataSource, source.evaluationId),
        // the cells rest on no model, so not on the outcome hierarchy either (it stays in the pattern's cache key)
        (views) => this.onEngine(source, (engine) => engine.reportCellsOfViews(base, views, abort)),
        this.k,
        isDefault ? undefined : await this.disclosurePattern(source, {}, abort),
      ),
      approximateBytes,
      signal,
    );
  }

  /**
   * The evaluation's default report and its disclosure pattern computed into the cache (what the first readers after an
   * import ask for); `signal` gives up waiting, and stops them when nobody else waits (see ReportWarmup).
   */
  async warm(source: ReportSource, signal?: AbortSignal): Promise<void> {
    await this.cachedReport(source, {}, signal);
    await this.disclosurePattern(source, {}, signal);
  }

  /** Every readable evaluation's current data version, the most recently changed first (ReportWarmup polls it). */
  async dataVersions(): Promise<{ slug: string; dataVersion: number }[]> {
    const rows = (await this.dataSource.query(
      'SELECT slug, data_version FROM evaluation WHERE NOT starts_with(slug, $1) ORDER BY data_changed_at DESC NULLS LAST, slug',
      [PENDING_SLUG_PREFIX],
    )) as { slug: string; data_version: number }[];
    return rows.map((r) => ({ slug: r.slug, dataVersion: r.data_version }));
  }

  /** Whether the evaluation's current default report and disclosure pattern are in the cache (computed, not computing). */
  async warmed(slug: string): Promise<{ report: boolean; pattern: boolean }> {
    const source = await this.source(slug);
    return {
      report: this.cache.has(cacheKey(REPORT_CACHE_KIND, source, resolveReportOptions({}))),
      pattern: this.cache.has(cacheKey(DISCLOSURE_PATTERN_CACHE_KIND, source, patternOptions({}))),
    };
  }

  /**
   * The evaluation's id, current data version and stored analysis settings (a report's cache key names them). Concurrent requests for one
   * evaluation share one query: under load that is one round trip instead of one per request, and a request sees a
   * version read at most one query's time before it arrived.
   */
  source(slug: string): Promise<ReportSource> {
    let reading = this.sourcesReading.get(slug);
    if (!reading) {
      reading = this.readSource(slug).finally(() => this.sourcesReading.delete(slug));
      this.sourcesReading.set(slug, reading);
    }
    return reading;
  }

  private async readSource(slug: string): Promise<ReportSource> {
    const rows = (await this.dataSource.query('SELECT id, data_version, analysis_settings FROM evaluation WHERE slug = $1', [slug])) as {
      id: number; data_version: number; analysis_settings: AnalysisSettings | null;
    }[];
    // an import's hidden evaluation (embedded database) holds courses still being written: it is nobody's to read
    if (rows.length === 0 || slug.startsWith(PENDING_SLUG_PREFIX)) throw new DomainError('not_found', 'evaluation.not_found', { slug });
    return { evaluationId: rows[0].id, slug, dataVersion: rows[0].data_version, hierarchy: hierarchyOf(rows[0].analysis_settings) };
  }

  async evaluations(scope: AccessScope): Promise<EvaluationSummary[]> {
    return publishedEvaluations(this.dataSource, scope, this.k);
  }

  private async scopedReport(
    scope: AccessScope, slug: string, options: ReportOptions, access: ReportAccess, signal?: AbortSignal,
  ): Promise<{ report: CohortReport; source: ReportSource }> {
    const source = await this.checkedSource(scope, slug, options, access);
    const report = await this.cachedReport(source, options, signal);
    await this.auditRead(scope, slug, options, access, report.metadata.snapshot.id);
    return { report, source };
  }

  /** The evaluation's source after the scope checks; a refusal is audited and thrown. */
  private async checkedSource(scope: AccessScope, slug: string, options: ReportOptions, access: ReportAccess): Promise<ReportSource> {
    // An evaluation outside the scope is reported as missing, so its existence is not disclosed either; refusals are audited.
    const municipality = options.municipalityCode;
    const refusal = !mayReadEvaluation(scope, slug)
      ? new DomainError('not_found', 'evaluation.not_found', { slug })
      : municipality !== undefined && !mayReadMunicipality(scope, municipality)
        ? new DomainError('forbidden', 'municipality.forbidden', { municipality })
        : null;
    if (refusal) {
      await this.audit.record(scope, { action: access.action ?? 'report.read', outcome: 'denied', evaluation: slug, municipalityCode: municipality ?? null, target: access.target ?? 'report' });
      throw refusal;
    }
    return this.source(slug);
  }

  private auditRead(scope: AccessScope, slug: string, options: ReportOptions, access: ReportAccess, snapshot: string): Promise<void> {
    return this.audit.record(scope, {
      action: access.action ?? 'report.read', evaluation: slug, municipalityCode: options.municipalityCode ?? null, target: access.target ?? 'report',
      detail: { options, snapshot, suppressed: scope.suppressSmallCells },
    });
  }

  /**
   * A municipality's cost comparison: its own rows, beside the true national figures (from the national report, so the
   * national column is not just its own data again), as the national view's slice of the same pattern.
   */
  private async ownBesideNational(
    own: number[], source: ReportSource, options: ReportOptions, pattern: DisclosurePattern, signal?: AbortSignal,
  ): Promise<PublishedReport['municipality_costs']> {
    const national = await this.cachedReport(source, { ...options, municipalityCode: undefined, costEffectiveness: { ...options.costEffectiveness, bootstrapIterations: 0 } }, signal);
    const rows = publishSlice(national, pattern, { targetGroup: options.targetGroup }).municipality_costs;
    return Array.isArray(rows) ? rows.filter((row) => !isWithheld(row) && own.includes(row.municipality_code as number)) : [];
  }

  /** Runs on the engine of this data version; a request that read the version just before an import gets a one-off engine. */
  private async onEngine<T>(source: ReportSource, run: (engine: AnalyticsEngine) => Promise<T>): Promise<T> {
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
  private engineFor(source: ReportSource): Promise<AnalyticsEngine> {
    const loaded = this.engines.get(source.slug);
    if (loaded && loaded.dataVersion === source.dataVersion) return loaded.engine;
    const engine = this.openEngine(source);
    this.engines.set(source.slug, { dataVersion: source.dataVersion, engine });
    engine.catch(() => this.engines.get(source.slug)?.engine === engine && this.engines.delete(source.slug));
    // The older snapshot closes once the reports still running on it have finished.
    if (loaded) void loaded.engine.then((old) => old.retire()).catch(() => undefined);
    return engine;
  }

  /** One consistent read of all tables (CSV files by COPY where the server allows, Arrow otherwise), then into DuckDB. */
  private async openEngine(source: ReportSource): Promise<AnalyticsEngine> {
    const dir = await mkdtemp(join(tmpdir(), 'cti-snapshot-'));
    try {
      const snapshot = await this.dataSource.transaction('REPEATABLE READ', (em) => snapshotSourcesFromPostgres(em, source, dir));
      return await AnalyticsEngine.open(snapshot);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  /** Abandons running reports rather than waiting for them: nobody will read them. */
  async onApplicationShutdown(): Promise<void> {
    this.cache.abortAll(new DomainError('unavailable', 'server.shutting_down'));
    const engines = [...this.engines.values()];
    this.engines.clear();
    await Promise.all(engines.map(({ engine }) => engine.then((e) => e.close()).catch(() => undefined)));
  }
}

/** The options a disclosure pattern is computed under: every view's, without bootstrap. */
function patternOptions(options: ReportOptions) {
  return resolveReportOptions({ ...options, municipalityCode: undefined, targetGroup: undefined, costEffectiveness: { ...options.costEffectiveness, bootstrapIterations: 0 } });
}

/** A computation's cache key: the evaluation, its data version and its outcome hierarchy, and what else it depends on. */
function cacheKey(kind: string, source: ReportSource, options: unknown): CacheKey {
  return { kind, evaluation: source.slug, dataVersion: source.dataVersion, options: { options, hierarchy: source.hierarchy } };
}

/** What of a report a scope sees, beyond its options: everything, or the published slice for its municipalities. */
function viewOf(scope: AccessScope): unknown {
  return scope.suppressSmallCells ? { suppressed: true, own: scope.municipalityCodes } : { suppressed: false };
}
