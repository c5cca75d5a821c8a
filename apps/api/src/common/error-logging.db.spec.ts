import { createDataSource, insertRows } from '@cti/persistence';
import type { DataSource } from 'typeorm';
import { testDatabases } from '@cti/testing/databases';
import { loggedError } from './all-exceptions.filter';

// A failed bulk insert must leave its rows out of the server log: TypeORM's error log and the exception filter alike.
describe.each(testDatabases())('the server log of a failed insert on $name PostgreSQL', ({ url }) => {
  let dataSource: DataSource;
  beforeAll(async () => {
    dataSource = createDataSource({ url, entities: [], poolSize: 1 });
    await dataSource.initialize();
  });
  afterAll(async () => dataSource?.destroy());

  it('names the error code and constraint, never the values', async () => {
    const lines: string[] = [];
    const spy = jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(' ')));
    let failure: unknown;
    try {
      await dataSource.query('CREATE TEMP TABLE log_probe (pseudonym text CONSTRAINT log_probe_unique UNIQUE, born int)');
      const rows = Array.from({ length: 50 }, (_, i) => [`SECRET-PSEUDONYM-${i % 25}`, 1980 + i]);
      await insertRows(dataSource.manager, 'log_probe', ['pseudonym', 'born'], rows).catch((e: unknown) => (failure = e));
    } finally {
      spy.mockRestore();
    }
    expect(failure).toBeDefined();
    const filterLine = loggedError(failure);
    for (const line of [...lines, filterLine]) expect(line).not.toMatch(/SECRET-PSEUDONYM|1980/);
    expect(lines.join('\n')).toMatch(/code=23505 constraint=log_probe_unique/);
    expect(filterLine).toMatch(/^QueryFailedError: code=23505 constraint=log_probe_unique/);
  });
});
