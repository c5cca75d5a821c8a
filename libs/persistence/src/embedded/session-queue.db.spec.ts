import { Client } from 'pg';
import { testDatabases } from '@cti/testing/databases';
import { EMBEDDED_IDLE_HOLD_MS } from '../embedded-postgres';

// PGlite is one session behind a socket: these are the ways sharing it went wrong, on the embedded server the suite uses.
const { url } = testDatabases().find((d) => d.name === 'embedded')!;

describe('the embedded database shares its one session fairly', () => {
  const clients: Client[] = [];
  const connect = async () => {
    const c = new Client({ connectionString: url });
    c.on('error', () => undefined); // a connection the server ends reports it here as well
    await c.connect();
    clients.push(c);
    return c;
  };
  beforeAll(async () => {
    const c = await connect();
    await c.query('DROP TABLE IF EXISTS queue_probe; CREATE TABLE queue_probe (who text, n int)');
  });
  afterAll(async () => {
    await clients[0].query('DROP TABLE IF EXISTS queue_probe').catch(() => undefined);
    await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
  });

  it('answers a write from one connection while another holds a transaction open, once that one commits', async () => {
    const [a, b] = [await connect(), await connect()];
    await a.query('BEGIN');
    await a.query("INSERT INTO queue_probe VALUES ('a', 1)");
    let bAnswered = false;
    const bWrite = b.query("INSERT INTO queue_probe VALUES ('b', 1) RETURNING who").then((r) => { bAnswered = true; return r; });
    await new Promise((r) => setTimeout(r, 300));
    expect(bAnswered).toBe(false); // not inside a's transaction
    await a.query('COMMIT');
    expect((await bWrite).rows).toEqual([{ who: 'b' }]);
  });

  it('ends a transaction that waits for another connection instead of freezing every connection', async () => {
    const [a, b] = [await connect(), await connect()];
    await a.query('BEGIN');
    await a.query("INSERT INTO queue_probe VALUES ('waiting holder', 2)");
    const started = Date.now();
    // a's transaction now waits for b's write, which waits for the session a holds: a is ended, b goes on.
    const bWrite = await b.query("INSERT INTO queue_probe VALUES ('b', 2) RETURNING who");
    expect(bWrite.rows).toEqual([{ who: 'b' }]);
    // (the suite's embedded servers start in Jest's main process with the default hold)
    expect(Date.now() - started).toBeGreaterThanOrEqual(EMBEDDED_IDLE_HOLD_MS - 100);
    await expect(a.query('COMMIT')).rejects.toThrow();
    expect((await b.query('SELECT who FROM queue_probe WHERE n = 2 ORDER BY who')).rows).toEqual([{ who: 'b' }]); // a's row rolled back
    const c = await connect();
    expect((await c.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]); // and the database serves on
  }, EMBEDDED_IDLE_HOLD_MS + 30_000);

  it('keeps each connection\'s parameterised statements apart (Parse … Sync is not interleaved)', async () => {
    const conns = await Promise.all([1, 2, 3, 4].map(() => connect()));
    const wrong: unknown[] = [];
    await Promise.all(conns.map(async (c, i) => {
      for (let k = 0; k < 50; k++) {
        // A different statement per connection: bound to another connection's Parse, it answers wrongly or fails.
        const got = await c.query(`SELECT $1::int AS k, '${'x'.repeat(i)}' AS conn${i}`, [k]).then((r) => r.rows[0], (e: Error) => e.message);
        if (JSON.stringify(got) !== JSON.stringify({ k, [`conn${i}`]: 'x'.repeat(i) })) wrong.push(got);
      }
    }));
    expect(wrong).toEqual([]);
  });

  it('lets another connection make all its round trips between the transactions of one that runs them back to back', async () => {
    const [a, b] = [await connect(), await connect()];
    let stop = false;
    let committed = 0;
    const loop = (async () => {
      while (!stop) {
        await a.query('BEGIN');
        await a.query("INSERT INTO queue_probe VALUES ('loop', 3)");
        await a.query('SELECT pg_sleep(0.1)');
        await a.query('COMMIT');
        committed++;
      }
    })();
    while (committed < 1) await new Promise((r) => setTimeout(r, 10));
    const before = committed;
    for (let k = 0; k < 6; k++) await b.query('SELECT $1::int AS k', [k]); // six round trips, like a request's queries
    const during = committed - before;
    stop = true;
    await loop;
    // Printed, not asserted: on an idle machine the first statement waits for the transaction in progress and the
    // others run in the 25 ms window that follows (1–2 transactions); on a starved CPU (CI: two cores, another worker
    // busy) the window can be missed and each statement waits one transaction (6). What must hold either way: the
    // other connection is never starved: each of its statements waits for at most one of the loop's transactions.
    console.log(`another connection's 6 statements waited for ${during} of the looping connection's transactions`);
    expect(during).toBeLessThanOrEqual(6);
  });
});
