import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { CohortImportService, seedsDir } from '@cti/cohorts';
import { appConfig } from '@cti/config';
import { ReportWarmup } from '@cti/reporting';

/** On an empty database, `npm start` loads seeds/demo-cohort so there is something to look at. Set CTI_DEMO_DATA=false to skip. */
@Injectable()
export class DemoDataLoader implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoData');

  constructor(
    private readonly dataSource: DataSource,
    private readonly imports: CohortImportService,
    private readonly warmup: ReportWarmup,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!appConfig().CTI_DEMO_DATA) return;
    const [{ n }] = (await this.dataSource.query('SELECT count(*)::int AS n FROM evaluation')) as { n: number }[];
    if (n > 0) return;
    const result = await this.imports.import({ kind: 'path', path: join(seedsDir(), 'demo-cohort') }, { actor: 'system:demo-data' });
    if (result.outcome === 'imported') this.warmup.afterImport(result.evaluation);
    this.logger.log(`empty database: demo cohort ${result.outcome} (${result.counts.courses.inBundle} courses) into evaluation '${result.evaluation}'`);
  }
}
