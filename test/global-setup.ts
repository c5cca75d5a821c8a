// Starts the databases the suite runs against, once. PGlite cannot start inside a Jest worker, and one PGlite is a
// single session, so each worker gets its own embedded server and its own database on the real PostgreSQL server.
// Their URLs reach the test files through the environment (see test/support/databases.ts). On the server the set-up
// also migrates a template once, which every test file gets a copy of (see test/support/reset-database.ts).
import { Client } from 'pg';
import { openDataSource } from '../libs/persistence/src/data-source';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../libs/persistence/src/embedded-postgres';

const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const WORKERS = 2; // jest.config.js maxWorkers

const databaseUrl = (name: string) => {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
};

async function createWorkerDatabases(): Promise<{ urls: string[]; template: string }> {
  const admin = new Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3000 });
  await admin.connect();
  try {
    // Per run and worker, so two test runs on one machine never share (or drop) each other's database.
    const template = `cti_outcomes_test_${process.pid}_template`;
    await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${template}`);
    const migrated = await openDataSource({ url: databaseUrl(template), entities: [] });
    await migrated.destroy();
    const urls: string[] = [];
    for (let w = 1; w <= WORKERS; w++) {
      const name = `cti_outcomes_test_${process.pid}_w${w}`;
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
      urls.push(databaseUrl(name));
    }
    return { urls, template };
  } finally {
    await admin.end();
  }
}

export default async function globalSetup(): Promise<void> {
  // Each database tier names this set-up; the first one starts the servers and the others find them running.
  if ((globalThis as Record<string, unknown>).__CTI_EMBEDDED__) return;
  const embedded: EmbeddedPostgres[] = [];
  for (let w = 1; w <= WORKERS; w++) embedded.push(await startEmbeddedPostgres('memory://'));
  (globalThis as Record<string, unknown>).__CTI_EMBEDDED__ = embedded;
  process.env.CTI_TEST_EMBEDDED_URLS = embedded.map((e) => e.url).join(',');
  try {
    const { urls, template } = await createWorkerDatabases();
    process.env.CTI_TEST_POSTGRES_URLS = urls.join(',');
    process.env.CTI_TEST_POSTGRES_TEMPLATE = template;
    process.env.CTI_TEST_ADMIN_URL = ADMIN_URL;
  } catch (e) {
    process.env.CTI_TEST_POSTGRES_URLS = '';
    console.warn(`\n[cti-outcomes] PostgreSQL at ${ADMIN_URL} is not reachable (${(e as Error).message}): the PostgreSQL runs of the database tests are SKIPPED.\n`);
  }
}
