import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { assertSnapshotSchemas, SNAPSHOT_SCHEMAS, type AnalyticsSnapshot, type SnapshotRelation } from '../snapshot/schemas';
import { buildReport, type CohortReport } from '../report/cohort-report';
import { readSqlFile, viewSqlFiles } from './analysis-dir';
import { loadArrowTable } from './arrow-to-duckdb';
import { BASELINE_RULE_INSTRUMENT, type ReportOptions } from './report-options';

/** An in-process DuckDB holding one snapshot; reports run one at a time against it. */
export class AnalyticsEngine {
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
    private readonly snapshot: AnalyticsSnapshot,
  ) {}

  static async open(snapshot: AnalyticsSnapshot): Promise<AnalyticsEngine> {
    assertSnapshotSchemas(snapshot);
    // One thread: parallel aggregation changes the order of floating-point sums, and a report must reproduce bit for bit.
    const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
    const connection = await instance.connect();
    for (const relation of Object.keys(SNAPSHOT_SCHEMAS) as SnapshotRelation[]) {
      await loadArrowTable(connection, relation, snapshot.tables[relation]);
    }
    for (const file of viewSqlFiles()) await connection.run(readSqlFile(file));
    return new AnalyticsEngine(instance, connection, snapshot);
  }

  report(options: ReportOptions = {}): Promise<CohortReport> {
    // report_scope is shared state of this connection, so reports must not interleave.
    const next = this.queue.then(async () => {
      await this.setScope(options);
      return buildReport(this.connection, this.snapshot.metadata, options);
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Runs any SELECT against the loaded snapshot (for extras and diagnostics); the current report scope applies. */
  get duckdb(): DuckDBConnection {
    return this.connection;
  }

  async close(): Promise<void> {
    await this.queue;
    this.connection.closeSync();
    this.instance.closeSync();
  }

  private async setScope(options: ReportOptions): Promise<void> {
    await this.connection.run('DELETE FROM report_scope');
    await this.connection.run('INSERT INTO report_scope VALUES ($municipality, $targetGroup, $rule, $instrument)', {
      municipality: options.municipalityCode ?? null,
      targetGroup: options.targetGroup ?? null,
      rule: options.baselineRule ?? 'first',
      instrument: BASELINE_RULE_INSTRUMENT,
    });
  }
}
