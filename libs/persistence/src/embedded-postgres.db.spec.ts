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
