import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { COHORT_ENTITIES, CohortsModule } from '@cti/cohorts';
import { DatabaseModule } from '@cti/persistence';
import { resetDatabase } from './reset-database';

/** A Nest context with the cohort services on a freshly emptied test database. */
export async function openCohortContext(url: string): Promise<INestApplicationContext> {
  await resetDatabase(url);
  @Module({ imports: [DatabaseModule.forRoot(COHORT_ENTITIES, { url }), CohortsModule] })
  class TestCohortModule {}
  return NestFactory.createApplicationContext(TestCohortModule, { logger: ['error'] });
}

export const FIXTURES = `${__dirname}/../fixtures`;
