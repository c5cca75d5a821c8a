// The entities are the description of every table: after the migrations, TypeORM must find no table, column, type,
// default, key or relation to change. An entity changed without a migration (or the reverse) fails here.
import { ACCESS_ENTITIES } from '@cti/access';
import { COHORT_ENTITIES } from '@cti/cohorts';
import { COURSE_ENTITIES } from '@cti/courses';
import { openDataSource } from '@cti/persistence';
import { testDatabases } from '@cti/testing/databases';
import { resetDatabase } from '@cti/testing/reset-database';

// What only the migrations declare, in SQL: CHECK rules, secondary indexes, UNIQUE keys and foreign keys that no entity
// navigates. TypeORM, not knowing them, would drop them; that is the one kind of difference allowed.
const MIGRATION_ONLY = [/^ALTER TABLE "\w+" DROP CONSTRAINT "\w+_(check\d*|key|fkey|in_order)"$/, /^DROP INDEX "public"\."\w+"$/];

async function pendingSchemaChanges(url: string): Promise<string[]> {
  await resetDatabase(url);
  const dataSource = await openDataSource({ url, entities: [...COHORT_ENTITIES, ...ACCESS_ENTITIES, ...COURSE_ENTITIES] });
  try {
    return (await dataSource.driver.createSchemaBuilder().log()).upQueries.map((q) => q.query);
  } finally {
    await dataSource.destroy();
  }
}

describe.each(testDatabases())('entities against migrations ($name)', ({ url }) => {
  let pending: string[];
  beforeAll(async () => {
    pending = await pendingSchemaChanges(url);
  });

  it('leaves no pending change to a table, column, type, default, primary key or relation', () => {
    expect(pending.filter((query) => !MIGRATION_ONLY.some((allowed) => allowed.test(query)))).toEqual([]);
  });

  it('sees the migrations at all (the comparison ran against a migrated schema)', () => {
    expect(pending.some((query) => query.includes('course_arm_check'))).toBe(true);
  });
});
