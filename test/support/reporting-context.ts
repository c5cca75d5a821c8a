import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { COHORT_ENTITIES, CohortsModule } from '@cti/cohorts';
import { DatabaseModule } from '@cti/persistence';
import { ReportingModule } from '@cti/reporting';
import { resetDatabase } from './reset-database';

/** A Nest context with the cohort and reporting services on a freshly emptied test database. */
export async function openReportingContext(url: string): Promise<INestApplicationContext> {
  await resetDatabase(url);
  @Module({ imports: [DatabaseModule.forRoot(COHORT_ENTITIES, { url }), CohortsModule, ReportingModule] })
  class TestReportingModule {}
  return NestFactory.createApplicationContext(TestReportingModule, { logger: ['error'] });
}
