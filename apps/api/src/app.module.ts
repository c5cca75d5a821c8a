import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { ACCESS_ENTITIES, AccessGuard, AccessModule } from '@cti/access';
import { COHORT_ENTITIES } from '@cti/cohorts';
import { COURSE_ENTITIES } from '@cti/courses';
import { DatabaseModule } from '@cti/persistence';
import { AdminModule } from './admin/admin.module';
import { AuthModule } from './auth/auth.module';
import { RATE_WINDOW_MS } from './auth/rate-limits';
import { CoursesApiModule } from './courses/courses-api.module';
import { DemoDataModule } from './demo-data/demo-data.module';
import { EvaluationsModule } from './evaluations/evaluations.module';
import { FidelityApiModule } from './fidelity/fidelity.module';
import { HealthModule } from './health/health.module';
import { ImportsModule } from './imports/imports.module';
import { ReportsModule } from './reports/reports.module';

export interface AppOptions {
  /** A database URL; by default DATABASE_URL, else the embedded PostgreSQL. */
  databaseUrl?: string;
  demoData?: boolean;
  /** The access-token signing key; by default CTI_JWT_SECRET, else a generated key kept in CTI_DATA_DIR. */
  jwtSecret?: string;
  /** Compute an evaluation's default report and disclosure pattern after each import; by default CTI_WARM_REPORTS. */
  warmReports?: boolean;
}

@Module({})
export class AppModule {
  static register(options: AppOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        DatabaseModule.forRoot([...COHORT_ENTITIES, ...ACCESS_ENTITIES, ...COURSE_ENTITIES], { url: options.databaseUrl }),
        AccessModule.register({ jwtSecret: options.jwtSecret }),
        // Limits apply only where a route opts in with ThrottlerGuard (login, uploads); see auth/rate-limits.ts.
        ThrottlerModule.forRoot([{ ttl: RATE_WINDOW_MS, limit: 60 }]),
        AuthModule,
        AdminModule,
        HealthModule,
        ImportsModule,
        ReportsModule,
        EvaluationsModule,
        CoursesApiModule,
        FidelityApiModule,
        ...(options.demoData === false ? [] : [DemoDataModule]),
      ],
      // Default-deny: every request passes the access guard, which needs each route's explicit decision.
      providers: [{ provide: APP_GUARD, useExisting: AccessGuard }],
    };
  }
}
