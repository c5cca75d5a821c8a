import { Injectable, NotFoundException, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AnalyticsEngine, type CohortReport, type ReportOptions } from '@cti/analytics';
import { DEFAULT_EVALUATION } from '@cti/cohorts';
import { loadSnapshotFromPostgres, type SnapshotSource } from './postgres-snapshot';

interface CachedEngine {
  dataVersion: number;
  engine: Promise<AnalyticsEngine>;
}

/**
 * Serves reports from PostgreSQL data through the DuckDB engine. Each evaluation's snapshot is keyed to its data
 * version: any import or change bumps it, and the next report reloads, so a report always names the data it used.
 */
@Injectable()
export class ReportService implements OnApplicationShutdown {
  private readonly engines = new Map<string, CachedEngine>();

  constructor(private readonly dataSource: DataSource) {}

  async report(slug: string = DEFAULT_EVALUATION, options: ReportOptions = {}): Promise<CohortReport> {
    const engine = await this.engineFor(slug);
    return engine.report(options);
  }

  async evaluations(): Promise<{ slug: string; name: string; dataVersion: number; dataChangedAt: string | null; courses: number }[]> {
    const rows = (await this.dataSource.query(`
      SELECT e.slug, e.name, e.data_version, e.data_changed_at, count(c.id)::int AS courses
      FROM evaluation e LEFT JOIN course c ON c.evaluation_id = e.id GROUP BY e.id ORDER BY e.slug`)) as {
      slug: string; name: string; data_version: number; data_changed_at: Date | null; courses: number;
    }[];
    return rows.map((r) => ({ slug: r.slug, name: r.name, dataVersion: r.data_version, dataChangedAt: r.data_changed_at?.toISOString() ?? null, courses: r.courses }));
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
