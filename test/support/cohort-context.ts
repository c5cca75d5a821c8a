import { Module, type DynamicModule, type INestApplicationContext, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { COHORT_ENTITIES, CohortsModule } from '@cti/cohorts';
import { DatabaseModule } from '@cti/persistence';
import { resetDatabase } from './reset-database';

/** A Nest context with the cohort services and the given modules on a freshly emptied test database. */
export async function openTestContext(url: string, modules: (Type | DynamicModule)[] = []): Promise<INestApplicationContext> {
  await resetDatabase(url);
  @Module({ imports: [DatabaseModule.forRoot(COHORT_ENTITIES, { url }), CohortsModule, ...modules] })
  class TestModule {}
  return NestFactory.createApplicationContext(TestModule, { logger: ['error'] });
}

/** A Nest context with the cohort services on a freshly emptied test database. */
export const openCohortContext = (url: string): Promise<INestApplicationContext> => openTestContext(url);

export const FIXTURES = `${__dirname}/../fixtures`;
