import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { EvaluationMembersService } from '@cti/access';
import { userWithToken } from './api-app';

/**
 * The callers of the role × own/other-municipality matrix. `municipality` belongs to OWN (851 Aalborg); OTHER (253
 * Greve) is another municipality in the demo data. `evaluator` is a member of the demo evaluation, `outsider` of none.
 */
export const PRINCIPALS = ['anonymous', 'admin', 'evaluator', 'outsider', 'agency', 'municipality'] as const;
export type Principal = (typeof PRINCIPALS)[number];
export const OWN = 851;
export const OTHER = 253;
export const DEMO_EVALUATION = 'default';

export interface MatrixRow {
  /** e.g. 'GET /api/reports/:evaluation (own municipality)' */
  name: string;
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  body?: object;
  /** Multipart files for upload routes: [field, content, filename]. */
  files?: [string, Buffer, string][];
  /** Who gets through; everyone else must be refused (401, 403, or 404 for what they may not know exists). */
  allowed: readonly Principal[];
}

export type Tokens = Record<Principal, string | null>;

/** Creates one user per principal (memberships included) and returns their bearer tokens. */
export async function createPrincipals(app: INestApplication): Promise<Tokens> {
  const tokens: Tokens = {
    anonymous: null,
    admin: await userWithToken(app, { username: 'matrix-admin', role: 'admin' }),
    evaluator: await userWithToken(app, { username: 'matrix-evaluator', role: 'evaluator' }),
    outsider: await userWithToken(app, { username: 'matrix-outsider', role: 'evaluator' }),
    agency: await userWithToken(app, { username: 'matrix-agency', role: 'agency' }),
    municipality: await userWithToken(app, { username: 'matrix-aalborg', role: 'municipality', municipalityCode: OWN }),
  };
  await app.get(EvaluationMembersService).add(DEMO_EVALUATION, 'matrix-evaluator');
  return tokens;
}

export const REFUSED = [401, 403, 404];

/** Sends the row's request as the principal; the response status. */
export async function callAs(app: INestApplication, tokens: Tokens, principal: Principal, row: MatrixRow): Promise<request.Response> {
  let req = request(app.getHttpServer())[row.method](row.path);
  const token = tokens[principal];
  if (token) req = req.set('Authorization', `Bearer ${token}`);
  if (row.files) for (const [field, data, name] of row.files) req = req.attach(field, data, name);
  else if (row.body) req = req.send(row.body);
  return req;
}

/** One test per row × principal: allowed principals are not refused, every other one is. */
export function describeAccessMatrix(rows: readonly MatrixRow[], context: () => { app: INestApplication; tokens: Tokens }): void {
  const cases = rows.flatMap((row) => PRINCIPALS.map((principal) => ({ row, principal, allowed: row.allowed.includes(principal) })));
  it.each(cases.map((c) => [c.row.name, c.principal, c.allowed ? 'allowed' : 'refused', c] as const))('%s as %s: %s', async (_n, _p, _a, c) => {
    const { app, tokens } = context();
    const res = await callAs(app, tokens, c.principal, c.row);
    // the body goes into the comparison so a failure shows why
    const outcome = { refused: REFUSED.includes(res.status), status: res.status, body: res.body as unknown };
    expect(outcome).toEqual({ ...outcome, refused: !c.allowed });
  });
}
