import { Client } from 'pg';
import { testDatabases } from '@cti/testing/databases';

// PGlite is a single session; the socket server must still keep concurrent clients' transactions apart
// (stack-notes: a direct PGlite driver did not). Proved here on the embedded server the suite uses, and on PostgreSQL.
describe.each(testDatabases())('concurrent transactions on $name PostgreSQL', ({ url }) => {
  const connect = async () => {
    const c = new Client({ connectionString: url });
    await c.connect();
    return c;
  };

  it('keeps a rolled-back transaction out while another commits', async () => {
    const [a, b] = [await connect(), await connect()];
    try {
      await a.query('DROP TABLE IF EXISTS tx_probe; CREATE TABLE tx_probe (who text)');
      await a.query('BEGIN');
      await a.query("INSERT INTO tx_probe VALUES ('a')");
      const bDone = (async () => {
        await b.query('BEGIN');
        await b.query("INSERT INTO tx_probe VALUES ('b')");
        await b.query('COMMIT');
      })();
      await a.query('ROLLBACK');
      await bDone;
      expect((await a.query('SELECT who FROM tx_probe ORDER BY who')).rows).toEqual([{ who: 'b' }]);
    } finally {
      await a.query('DROP TABLE IF EXISTS tx_probe').catch(() => undefined);
      await a.end();
      await b.end();
    }
  });
});

// The embedded server listens on loopback, where any local user could connect: it asks every connection for the
// password it generated at start (kept, for the CLI, in the data directory's lock file, readable by its owner only).
describe('who may connect to the embedded database', () => {
  const { url } = testDatabases().find((d) => d.name === 'embedded')!;
  const attempt = async (connectionString: string) => {
    const client = new Client({ connectionString, connectionTimeoutMillis: 5000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return 'connected';
    } catch (e) {
      return (e as { code?: string }).code ?? (e as Error).message;
    } finally {
      await client.end().catch(() => undefined);
    }
  };

  it('admits the platform, which knows the password', async () => {
    expect(new URL(url).password).toMatch(/^[\w-]{32}$/);
    expect(await attempt(url)).toBe('connected');
  });

  it('refuses `psql -U postgres` without the password, or with a wrong one', async () => {
    const without = new URL(url);
    without.password = '';
    const wrong = new URL(url);
    wrong.password = 'postgres';
    expect(await attempt(without.toString())).not.toBe('connected');
    expect(await attempt(wrong.toString())).toBe('28P01');
  });
});
