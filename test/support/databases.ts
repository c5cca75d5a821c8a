// The databases a test file runs against: this worker's embedded PostgreSQL, and the real server when it is reachable.
export interface TestDatabase {
  name: 'embedded' | 'postgres';
  url: string;
}

function forThisWorker(list: string | undefined): string | undefined {
  const urls = (list ?? '').split(',').filter(Boolean);
  const worker = Number(process.env.JEST_WORKER_ID ?? '1');
  return urls[(worker - 1) % Math.max(urls.length, 1)];
}

export function testDatabases(): TestDatabase[] {
  const embedded = forThisWorker(process.env.CTI_TEST_EMBEDDED_URLS);
  const postgres = forThisWorker(process.env.CTI_TEST_POSTGRES_URLS);
  if (!embedded) throw new Error('no embedded test database: is test/global-setup.ts configured in jest.config.js?');
  const list: TestDatabase[] = [{ name: 'embedded', url: embedded }];
  if (postgres) list.push({ name: 'postgres', url: postgres });
  else console.warn('[cti-outcomes] SKIPPED: PostgreSQL server runs of this file (server not reachable at 127.0.0.1:5432)');
  return list;
}
