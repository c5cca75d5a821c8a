import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';

/** The first place the chain does not hold: which row, and what is wrong with it. */
export interface ChainBreak {
  seq: number;
  id: number | null;
  at: string | null;
  problem: string;
}

export type ChainVerdict = { intact: true; rows: number; headHash: string } | { intact: false; rows: number; firstBreak: ChainBreak };

const GENESIS = '0'.repeat(64);
const BATCH = 5000;
const MISSING = '\\N';

interface ChainRow {
  id: string;
  seq: string;
  prev_hash: string;
  hash: string;
  at: string;
  fields: (string | null)[];
}

// The same fields, in the same order, as the database's audit_event_canonical(); the hash is recomputed here, in
// the application, so a changed function in the database cannot vouch for a changed row.
const ROW_SQL = `
  SELECT id::text, seq::text, prev_hash, hash, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at,
         ARRAY[actor, user_id::text, role, action, outcome, evaluation, municipality_code::text, target, detail::text, origin] AS fields
  FROM audit_event e WHERE e.seq > $1 ORDER BY e.seq LIMIT ${BATCH}`;

function rowHash(row: ChainRow): string {
  const canonical = [row.seq, row.prev_hash, row.at, ...row.fields.map((f) => f ?? MISSING)].join('\u001f');
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** Walks the whole audit trail in chain order and checks every row's hash, its link to the row before, and the head. */
export async function verifyAuditChain(db: DataSource): Promise<ChainVerdict> {
  let expectedSeq = 1;
  let previous = GENESIS;
  let rows = 0;
  const broken = (seq: number, row: ChainRow | null, problem: string): ChainVerdict => ({
    intact: false, rows, firstBreak: { seq, id: row ? Number(row.id) : null, at: row?.at ?? null, problem },
  });
  for (;;) {
    const batch = (await db.query(ROW_SQL, [expectedSeq - 1])) as ChainRow[];
    for (const row of batch) {
      const seq = Number(row.seq);
      if (seq !== expectedSeq) return broken(expectedSeq, row, `row ${expectedSeq} is missing (the next one is ${seq})`);
      if (row.prev_hash !== previous) return broken(seq, row, 'it does not link to the row before it (a row was removed or inserted)');
      if (rowHash(row) !== row.hash) return broken(seq, row, 'its content does not match its hash (the row was changed)');
      previous = row.hash;
      expectedSeq++;
      rows++;
    }
    if (batch.length < BATCH) break;
  }
  const [head] = (await db.query('SELECT seq::text, hash FROM audit_chain_head')) as { seq: string; hash: string }[];
  if (!head || Number(head.seq) !== rows || head.hash !== previous) {
    return broken(rows + 1, null, `the chain ends at row ${rows}, but its head says ${head ? head.seq : 'nothing'} (rows were removed from the end)`);
  }
  return { intact: true, rows, headHash: previous };
}
