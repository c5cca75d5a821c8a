import { Module, type DynamicModule } from '@nestjs/common';
import { COHORT_ENTITIES } from '@cti/cohorts';
import { DatabaseModule } from '@cti/persistence';
import { DemoDataModule } from './demo-data/demo-data.module';
import { HealthModule } from './health/health.module';
import { ImportsModule } from './imports/imports.module';
import { ReportsModule } from './reports/reports.module';

export interface AppOptions {
  /** A database URL; by default DATABASE_URL, else the embedded PostgreSQL. */
  databaseUrl?: string;
  demoData?: boolean;
}

@Module({})
export class AppModule {
  static register(options: AppOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        DatabaseModule.forRoot(COHORT_ENTITIES, { url: options.databaseUrl }),
        HealthModule,
        ImportsModule,
        ReportsModule,
        ...(options.demoData === false ? [] : [DemoDataModule]),
      ],
    };
  }
}
