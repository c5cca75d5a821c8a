import { Client } from 'pg';
import type { EmbeddedPostgres } from '../libs/persistence/src/embedded-postgres';

/** Stops the embedded servers and drops this run's databases on the PostgreSQL server (the template and used copies too). */
export default async function globalTeardown(): Promise<void> {
  const embedded = ((globalThis as Record<string, unknown>).__CTI_EMBEDDED__ ?? []) as EmbeddedPostgres[];
  for (const e of embedded) await e.stop();
  // Every database tier names this teardown; only the first call finds anything left to stop.
  delete (globalThis as Record<string, unknown>).__CTI_EMBEDDED__;
  if (embedded.length === 0) return;
  const adminUrl = process.env.CTI_TEST_ADMIN_URL;
  if (!process.env.CTI_TEST_POSTGRES_URLS || !adminUrl) return;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  let names: string[];
  try {
    const prefix = `cti_outcomes_test_${process.pid}_`; // the names test/global-setup.ts gives
    names = (await admin.query<{ datname: string }>('SELECT datname FROM pg_database')).rows.map((r) => r.datname).filter((n) => n.startsWith(prefix));
  } finally {
    await admin.end();
  }
  // a few at a time: each drop mostly waits on the disk
  const dropNext = async (): Promise<void> => {
    const name = names.pop();
    if (!name) return;
    const client = new Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    } finally {
      await client.end();
    }
    return dropNext();
  };
  await Promise.all([1, 2, 3, 4].map(dropNext));
}
