import { Client } from 'pg';
import type { EmbeddedPostgres } from '../libs/persistence/src/embedded-postgres';

/** Stops the embedded servers and drops this run's databases on the PostgreSQL server. */
export default async function globalTeardown(): Promise<void> {
  const embedded = ((globalThis as Record<string, unknown>).__CTI_EMBEDDED__ ?? []) as EmbeddedPostgres[];
  for (const e of embedded) await e.stop();
  // Every database tier names this teardown; only the first call finds anything left to stop.
  delete (globalThis as Record<string, unknown>).__CTI_EMBEDDED__;
  if (embedded.length === 0) return;
  const urls = (process.env.CTI_TEST_POSTGRES_URLS ?? '').split(',').filter(Boolean);
  if (urls.length === 0 || !process.env.CTI_TEST_ADMIN_URL) return;
  const admin = new Client({ connectionString: process.env.CTI_TEST_ADMIN_URL });
  await admin.connect();
  try {
    for (const url of urls) await admin.query(`DROP DATABASE IF EXISTS ${new URL(url).pathname.slice(1)} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
