import { Client } from 'pg';

/**
 * Gives a test file an empty database. On the PostgreSQL server that is a copy of the template the set-up migrated once
 * (test/global-setup.ts), so nothing migrates per file; the embedded one (a single PGlite session, which cannot switch
 * databases) is emptied completely (schema and migrations history) and migrates when the file opens it.
 */
export async function resetDatabase(url: string): Promise<void> {
  const template = process.env.CTI_TEST_POSTGRES_TEMPLATE;
  const admin = process.env.CTI_TEST_ADMIN_URL;
  const serverUrls = (process.env.CTI_TEST_POSTGRES_URLS ?? '').split(',');
  if (template && admin && serverUrls.includes(url)) return copyTemplate(admin, new URL(url).pathname.slice(1), template);
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('DROP SCHEMA IF EXISTS public CASCADE');
    await client.query('CREATE SCHEMA public');
  } finally {
    await client.end();
  }
}

// Renaming the used database aside is instant, where dropping it waits on the disk; the teardown drops the used ones.
async function copyTemplate(adminUrl: string, name: string, template: string): Promise<void> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const aside = `${name}_used_${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
    for (let attempt = 1; ; attempt++) {
      // connections a previous file left open end first (they end asynchronously, hence the retries)
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
      try {
        await admin.query(`ALTER DATABASE ${name} RENAME TO ${aside}`);
        break;
      } catch (e) {
        if ((e as { code?: string }).code !== '55006' || attempt === 20) throw e; // 55006: still in use
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  } finally {
    await admin.end();
  }
}

/** Row counts of every table: a bundle that is refused must leave all of them as they were. */
export async function tableCounts(url: string, tables: string[]): Promise<Record<string, number>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const counts: Record<string, number> = {};
    for (const t of tables) counts[t] = Number((await client.query(`SELECT count(*) AS n FROM ${t}`)).rows[0].n);
    return counts;
  } finally {
    await client.end();
  }
}
