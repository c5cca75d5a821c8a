import type { INestApplication } from '@nestjs/common';
import { ModulesContainer, Reflector } from '@nestjs/core';
import request from 'supertest';
import { ACCESS_DECISION, EvaluationMembersService, type AccessDecision } from '@cti/access';
import { ContactsService, CoursesService, CtiPlanService, MeasurementsService } from '@cti/courses';
import { registerSlug, SYSTEM_SCOPE } from '@cti/domain';
import { userWithToken } from './api-app';

/**
 * The callers of the role × own/other-municipality matrix. `municipality` belongs to OWN (851 Aalborg); OTHER (253
 * Greve) is another municipality. `evaluator` is a member of the demo evaluation, `outsider` of none, `registrar` (an
 * evaluator) of OWN's register only.
 */
export const PRINCIPALS = ['anonymous', 'admin', 'evaluator', 'outsider', 'registrar', 'agency', 'municipality'] as const;
export type Principal = (typeof PRINCIPALS)[number];
export const OWN = 851;
export const OTHER = 253;
export const DEMO_EVALUATION = 'default';

/** A route as the route table names it: `GET /api/courses/:id`. */
export type RouteKey = string;

export interface MatrixRow {
  /** e.g. 'GET /api/reports/:evaluation (own municipality)' */
  name: string;
  /** The route this row exercises; every route of the application must have at least one row. */
  route: RouteKey;
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** May hold {ownCourse}, {otherCourse}, {ownContact}, {otherContact}, {ownFocus}, {otherFocus}: the fixtures' ids. */
  path: string;
  body?: object;
  /** Multipart files for upload routes: [field, content, filename]. */
  files?: [string, Buffer, string][];
  /** Who gets through; everyone else must be refused (401, 403, or 404 for what they may not know exists). */
  allowed: readonly Principal[];
}

export type Tokens = Record<Principal, string | null>;

/** Creates one user per principal and returns their bearer tokens; memberships are granted by createRegisters. */
export async function createPrincipals(app: INestApplication): Promise<Tokens> {
  return {
    anonymous: null,
    admin: await userWithToken(app, { username: 'matrix-admin', role: 'admin' }),
    evaluator: await userWithToken(app, { username: 'matrix-evaluator', role: 'evaluator' }),
    outsider: await userWithToken(app, { username: 'matrix-outsider', role: 'evaluator' }),
    registrar: await userWithToken(app, { username: 'matrix-registrar', role: 'evaluator' }),
    agency: await userWithToken(app, { username: 'matrix-agency', role: 'agency' }),
    municipality: await userWithToken(app, { username: 'matrix-aalborg', role: 'municipality', municipalityCode: OWN }),
  };
}

/** Pseudonyms that mark each register's rows: a response carrying one to a principal who may not read that register is a leak. */
export const MARKERS: Record<number, string> = { [OWN]: 'MXOWN7Q', [OTHER]: 'MXOTHER7Q' };
/** Who may read each register's rows. */
export const REGISTER_READERS: Record<number, readonly Principal[]> = { [OWN]: ['admin', 'registrar', 'municipality'], [OTHER]: ['admin'] };

export type FixtureIds = Record<'ownCourse' | 'otherCourse' | 'ownContact' | 'otherContact' | 'ownFocus' | 'otherFocus', number>;

const STAR = { mental_health: 3, physical_health: 4, living_skills: 5, social_networks: 2, work: 1, relationships: 4, addictive_behaviour: 6, responsibilities: 3, identity_self_esteem: 2, trust_hope: 5 };
export const READING = { date: '2026-01-07', values: STAR };

/** One registered course in OWN's and in OTHER's register (citizen, worker, contact, focus area, Recovery Star), and the memberships. */
export async function createRegisters(app: INestApplication): Promise<FixtureIds> {
  const ids: Partial<FixtureIds> = {};
  for (const [code, side] of [[OWN, 'own'], [OTHER, 'other']] as const) {
    const marker = MARKERS[code];
    const course = await app.get(CoursesService).create(SYSTEM_SCOPE, {
      citizen: `${marker}-C`, worker: `${marker}-W`, municipalityCode: code, arm: 'cti', contactStart: '2026-01-05', plannedStart: '2026-02-02',
    });
    ids[`${side}Course`] = course.id;
    ids[`${side}Contact`] = (await app.get(ContactsService).add(SYSTEM_SCOPE, course.id, { date: '2026-01-06', minutes: 30, mode: 'in_person', with: ['citizen'] })).id;
    ids[`${side}Focus`] = (await app.get(CtiPlanService).addFocusArea(SYSTEM_SCOPE, course.id, { domain: 'housing', setDate: '2026-01-06' })).id;
    await app.get(MeasurementsService).record(SYSTEM_SCOPE, course.id, 'baseline', 'rs', READING.date, READING.values);
  }
  const members = app.get(EvaluationMembersService);
  await members.add(DEMO_EVALUATION, 'matrix-evaluator');
  await members.add(registerSlug(OWN), 'matrix-registrar');
  return ids as FixtureIds;
}

export const REFUSED = [401, 403, 404];

function concretePath(path: string, ids: FixtureIds): string {
  return path.replace(/\{(\w+)\}/g, (_m, key: keyof FixtureIds) => {
    if (ids[key] === undefined) throw new Error(`no fixture id ${key}`);
    return String(ids[key]);
  });
}

/** Sends the row's request as the principal; the response. */
export async function callAs(app: INestApplication, tokens: Tokens, ids: FixtureIds, principal: Principal, row: MatrixRow): Promise<request.Response> {
  let req = request(app.getHttpServer())[row.method](concretePath(row.path, ids)).buffer(true);
  const token = tokens[principal];
  if (token) req = req.set('Authorization', `Bearer ${token}`);
  if (row.files) for (const [field, data, name] of row.files) req = req.attach(field, data, name);
  else if (row.body) req = req.send(row.body);
  return req;
}

/** Registers whose marker is in the response although the principal may not read them. */
export function leakedRegisters(principal: Principal, res: request.Response): number[] {
  const text = typeof res.text === 'string' && res.text.length > 0 ? res.text : Buffer.isBuffer(res.body) ? res.body.toString('utf8') : JSON.stringify(res.body ?? '');
  return [OWN, OTHER].filter((code) => !REGISTER_READERS[code].includes(principal) && text.includes(MARKERS[code]));
}

export interface MatrixTally {
  attempts: number;
  /** Requests by principals the row does not allow. */
  unauthorisedAttempts: number;
  /** Of those: answered with something other than a refusal, or carrying rows of a register the principal may not read. */
  unauthorisedReads: string[];
}

/** One test per row × principal: allowed principals are not refused, every other one is, and nobody sees another register's rows. */
export function describeAccessMatrix(rows: readonly MatrixRow[], context: () => { app: INestApplication; tokens: Tokens; ids: FixtureIds; tally: MatrixTally }): void {
  const cases = rows.flatMap((row) => PRINCIPALS.map((principal) => ({ row, principal, allowed: row.allowed.includes(principal) })));
  it.each(cases.map((c) => [c.row.name, c.principal, c.allowed ? 'allowed' : 'refused', c] as const))('%s as %s: %s', async (_n, _p, _a, c) => {
    const { app, tokens, ids, tally } = context();
    const res = await callAs(app, tokens, ids, c.principal, c.row);
    const refused = REFUSED.includes(res.status);
    const leaks = leakedRegisters(c.principal, res);
    tally.attempts++;
    if (!c.allowed) tally.unauthorisedAttempts++;
    if ((!c.allowed && !refused) || leaks.length > 0) tally.unauthorisedReads.push(`${c.row.name} as ${c.principal}: ${res.status}${leaks.length ? ` (rows of register ${leaks.join(', ')})` : ''}`);
    // the body goes into the comparison so a failure shows why
    const outcome = { refused, status: res.status, leaks, body: res.body as unknown };
    expect(outcome).toEqual({ ...outcome, refused: !c.allowed, leaks: [] });
  });
}

const PATH = 'path';
const METHOD = 'method';
const VERBS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'ALL', 'OPTIONS', 'HEAD', 'SEARCH'];

export interface RouteInfo {
  /** `GET /api/courses/:id` */
  route: RouteKey;
  decision: AccessDecision | undefined;
}

/** Every handler of every controller of the running application (the route table), with its access decision. */
export function registeredRoutes(app: INestApplication, prefix = '/api'): RouteInfo[] {
  const reflector = app.get(Reflector);
  const routes: RouteInfo[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: unknown[]) => object) | null;
      if (!controller) continue;
      const base = Reflect.getMetadata(PATH, controller) as string | string[];
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[name];
        if (name === 'constructor' || typeof handler !== 'function' || Reflect.getMetadata(PATH, handler) === undefined) continue;
        const verb = VERBS[Reflect.getMetadata(METHOD, handler) as number] ?? '?';
        const decision = reflector.getAllAndOverride<AccessDecision | undefined>(ACCESS_DECISION, [handler, controller]);
        const segments = [base, Reflect.getMetadata(PATH, handler) as string | string[]].flat().filter((p) => p && p !== '/').map((p) => p.replace(/^\/|\/$/g, ''));
        routes.push({ route: `${verb} ${prefix}/${segments.join('/')}`, decision });
      }
    }
  }
  return routes;
}
