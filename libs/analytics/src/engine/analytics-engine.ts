import { availableParallelism } from 'node:os';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { AnalysisSettings } from '@cti/domain';
import { analysisDataset, type AnalysisDataset } from '../export/analysis-dataset';
import { assertSnapshotSchemas, isCsvRelation, SNAPSHOT_SCHEMAS, type SnapshotMetadata, type SnapshotRelation, type SnapshotSources } from '../snapshot/schemas';
import { buildReport, type CohortReport } from '../report/cohort-report';
import { buildReportCells, type ReportCells } from '../report/report-cells';
import { readSqlFile, reportSqlFiles, snapshotSqlFiles } from './analysis-dir';
import { loadArrowTable } from './arrow-to-duckdb';
import { loadCsvTable } from './csv-to-duckdb';
import { bindReportSignal, reportSignal } from './query';
import { createReportScope } from './report-scope';
import { cellsOfViews, type CellsView, type Worker } from './view-cells';
import type { ReportOptions } from './report-options';

/** Connections computing a disclosure pattern's views beside the report's own: one more where there is a second core. */
const VIEW_WORKERS = Math.min(1, availableParallelism() - 1);

/**
 * An in-process DuckDB holding one snapshot. Each report runs on a connection of its own, with its filters in that
 * connection's TEMP tables (analysis/01_scope.sql), so reports with different filters run side by side.
 */
export class AnalyticsEngine {
  private readonly running = new Set<Promise<unknown>>();
  /** Aborted by close(): every running report stops. */
  private readonly closing = new AbortController();
  private retired = false;
  private closed = false;

  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly metadata: SnapshotMetadata,
  ) {}

  /** Loads the snapshot (Arrow tables, or CSV files read by DuckDB itself); CSV files may be deleted once this resolves. */
  static async open(snapshot: SnapshotSources): Promise<AnalyticsEngine> {
    assertSnapshotSchemas(snapshot);
    // One thread: parallel aggregation changes the order of floating-point sums, and a report must reproduce bit for bit.
    const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
    const connection = await instance.connect();
    try {
      for (const relation of Object.keys(SNAPSHOT_SCHEMAS) as SnapshotRelation[]) {
        const table = snapshot.tables[relation];
        if (isCsvRelation(table)) await loadCsvTable(connection, relation, SNAPSHOT_SCHEMAS[relation], table.csvPath);
        else await loadArrowTable(connection, relation, table);
      }
      for (const file of snapshotSqlFiles()) await connection.run(readSqlFile(file));
    } finally {
      connection.closeSync();
    }
    return new AnalyticsEngine(instance, snapshot.metadata);
  }

  /**
   * The report for these options. `signal` abandons it: the running query is interrupted and the report rejects
   * with the signal's reason at the next query or bootstrap slice. `analysis` holds the evaluation's stored settings
   * (its outcome hierarchy); without them the defaults apply.
   */
  async report(options: ReportOptions & { analysis?: AnalysisSettings | null } = {}, signal?: AbortSignal): Promise<CohortReport> {
    return this.onReportConnection(options, signal, (connection) => buildReport(connection, this.metadata, options));
  }

  /** Only the sections whose figures are a disclosure pattern's cells, for these options' filters (see ReportCells). */
  async reportCells(options: ReportOptions = {}, signal?: AbortSignal): Promise<ReportCells> {
    return this.onReportConnection(options, signal, (connection) => buildReportCells(connection));
  }

  /**
   * The cells of many views at once (a disclosure pattern's), in the order asked for: the national view's, and every
   * other view's from the national view's relations (see cellsOfViews).
   */
  async reportCellsOfViews(options: ReportOptions, views: readonly CellsView[], signal?: AbortSignal): Promise<ReportCells[]> {
    const key = (v: CellsView) => `${v.municipalityCode ?? ''}|${v.targetGroup ?? ''}`;
    const found = new Map<string, ReportCells>();
    const national = { ...options, municipalityCode: undefined, targetGroup: undefined };
    await this.onReportConnection(national, signal, (connection) => cellsOfViews(connection, views, (v, c) => found.set(key(v), c), () => this.worker(reportSignal(connection)!), VIEW_WORKERS));
    return views.map((v) => found.get(key(v))!);
  }

  /** The wide analysis dataset (one row per course) for these options' filters, baseline rule and discount rate. */
  async analysisDataset(options: ReportOptions = {}, signal?: AbortSignal): Promise<AnalysisDataset> {
    return this.onReportConnection(options, signal, (connection) => analysisDataset(connection, options));
  }

  private async onReportConnection<T>(options: ReportOptions, signal: AbortSignal | undefined, build: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
    if (this.closed) throw new Error('this snapshot is closed');
    const abort = signal ? AbortSignal.any([signal, this.closing.signal]) : this.closing.signal;
    abort.throwIfAborted();
    const work = this.run(options, abort, build);
    this.running.add(work);
    try {
      return await work.catch((error: unknown) => {
        // An interrupted query fails with DuckDB's own message; the caller wants to know why it was stopped.
        throw abort.aborted ? abort.reason : error;
      });
    } finally {
      this.running.delete(work);
      if (this.retired && this.running.size === 0) this.closeInstance();
    }
  }

  /** A further connection for a report's work, stopped with it (`abort`); release() closes it. */
  private async worker(abort: AbortSignal): Promise<Worker> {
    const connection = await this.instance.connect();
    const interrupt = () => connection.interrupt();
    abort.addEventListener('abort', interrupt, { once: true });
    bindReportSignal(connection, abort);
    return {
      connection,
      release: () => {
        abort.removeEventListener('abort', interrupt);
        connection.closeSync();
      },
    };
  }

  private async run<T>(options: ReportOptions, abort: AbortSignal, build: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
    const connection = await this.instance.connect();
    const interrupt = () => connection.interrupt();
    abort.addEventListener('abort', interrupt, { once: true });
    bindReportSignal(connection, abort);
    try {
      abort.throwIfAborted(); // it may have fired while connecting
      await createReportScope(connection, options);
      for (const file of reportSqlFiles()) {
        abort.throwIfAborted();
        await connection.run(readSqlFile(file));
      }
      return await build(connection);
    } finally {
      abort.removeEventListener('abort', interrupt);
      connection.closeSync();
    }
  }

  /** Closes once the reports running now have finished; no new report starts. */
  retire(): void {
    this.retired = true;
    if (this.running.size === 0) this.closeInstance();
  }

  /** Stops every running report and closes. */
  async close(): Promise<void> {
    this.retired = true;
    this.closing.abort(new Error('the snapshot was closed'));
    await Promise.allSettled(this.running.values());
    this.closeInstance();
  }

  private closeInstance(): void {
    if (this.closed) return;
    this.closed = true;
    this.instance.closeSync();
  }
}
