import type { INestApplication } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedsDir } from '@cti/cohorts';
import {
  createPrincipals, createRegisters, DEMO_EVALUATION, describeAccessMatrix, OTHER, OWN, PRINCIPALS, READING, registeredRoutes,
  type FixtureIds, type MatrixRow, type MatrixTally, type Principal, type Tokens,
} from '@cti/testing/access-matrix';
import { openApiApp } from '@cti/testing/api-app';
import { testDatabases } from '@cti/testing/databases';

const demo = (file: string): [string, Buffer, string] => ['files', readFileSync(join(seedsDir(), 'demo-cohort', file)), file];
const BUNDLE = ['courses.csv', 'measurements.csv'].map(demo);
const REPORT = `/api/reports/${DEMO_EVALUATION}?bootstrap=0`;
const OWN_REGISTER = `register-${OWN}`;
const OTHER_REGISTER = `register-${OTHER}`;

const EVERYONE: Principal[] = [...PRINCIPALS];
const SIGNED_IN = EVERYONE.filter((p) => p !== 'anonymous');
/** Readers of OWN's register: its municipality, the evaluator who is a member of it, admins. OTHER's: admins only. */
const OWN_REGISTER_READERS: Principal[] = ['admin', 'registrar', 'municipality'];
const OTHER_REGISTER_READERS: Principal[] = ['admin'];
const SETTINGS = { primary: { outcome: 'wemwbs_total', timepoint: 'm9' }, keySecondary: ['sds_total', 'rs_mean'] };
const CONTACT = { date: '2026-01-08', minutes: 20, mode: 'phone', with: ['citizen'] };

/** Rows for a route on OWN's course (the municipality may write) and on OTHER's (nobody may). */
function courseWrite(route: string, method: MatrixRow['method'], path: string, body?: object): MatrixRow[] {
  return [
    { name: `${route} (own course)`, route, method, path: path.replaceAll('{course}', '{ownCourse}').replaceAll('{side}', 'own'), body, allowed: ['municipality'] },
    { name: `${route} (other municipality's course)`, route, method, path: path.replaceAll('{course}', '{otherCourse}').replaceAll('{side}', 'other'), body, allowed: [] },
  ];
}

function registerRead(route: string, path: (side: 'own' | 'other') => string): MatrixRow[] {
  return [
    { name: `${route} (own register)`, route, method: 'get', path: path('own'), allowed: OWN_REGISTER_READERS },
    { name: `${route} (other municipality's register)`, route, method: 'get', path: path('other'), allowed: OTHER_REGISTER_READERS },
  ];
}

// Role × own/other municipality × member/non-member for every route of the application (the last test checks that the
// route table has no route without rows). Rows run in order: reads first, then changes, then deletions.
const ROWS: MatrixRow[] = [
  { name: 'GET /api/health', route: 'GET /api/health', method: 'get', path: '/api/health', allowed: EVERYONE },
  { name: 'POST /api/auth/login (wrong password)', route: 'POST /api/auth/login', method: 'post', path: '/api/auth/login', body: { username: 'matrix-aalborg', password: 'not the password at all' }, allowed: [] },
  { name: 'GET /api/auth/me', route: 'GET /api/auth/me', method: 'get', path: '/api/auth/me', allowed: SIGNED_IN },
  { name: 'POST /api/auth/tokens', route: 'POST /api/auth/tokens', method: 'post', path: '/api/auth/tokens', body: { name: 'matrix' }, allowed: SIGNED_IN },
  { name: 'DELETE /api/auth/tokens/:id (not yours)', route: 'DELETE /api/auth/tokens/:id', method: 'delete', path: '/api/auth/tokens/999999', allowed: [] },
  { name: 'GET /api/instruments', route: 'GET /api/instruments', method: 'get', path: '/api/instruments', allowed: SIGNED_IN },
  { name: 'GET /api/checklists', route: 'GET /api/checklists', method: 'get', path: '/api/checklists', allowed: SIGNED_IN },
  { name: 'GET /api/evaluations', route: 'GET /api/evaluations', method: 'get', path: '/api/evaluations', allowed: ['evaluator', 'outsider', 'registrar', 'agency', 'municipality'] },

  // reports of an imported evaluation
  { name: 'GET report, national', route: 'GET /api/reports/:evaluation', method: 'get', path: `${REPORT}&national=true`, allowed: ['evaluator', 'agency', 'municipality'] },
  { name: 'GET report, own municipality', route: 'GET /api/reports/:evaluation', method: 'get', path: `${REPORT}&municipality=${OWN}`, allowed: ['evaluator', 'agency', 'municipality'] },
  { name: 'GET report, other municipality', route: 'GET /api/reports/:evaluation', method: 'get', path: `${REPORT}&municipality=${OTHER}`, allowed: ['evaluator', 'agency'] },
  { name: 'GET report of an unknown evaluation', route: 'GET /api/reports/:evaluation', method: 'get', path: '/api/reports/nobody-knows', allowed: [] },
  { name: 'GET section csv, own municipality', route: 'GET /api/reports/:evaluation/:section', method: 'get', path: `/api/reports/${DEMO_EVALUATION}/descriptives?format=csv&municipality=${OWN}`, allowed: ['evaluator', 'agency', 'municipality'] },
  { name: 'GET section csv, other municipality', route: 'GET /api/reports/:evaluation/:section', method: 'get', path: `/api/reports/${DEMO_EVALUATION}/descriptives?format=csv&municipality=${OTHER}`, allowed: ['evaluator', 'agency'] },
  { name: 'GET summary, own municipality', route: 'GET /api/reports/:evaluation/summary', method: 'get', path: `/api/reports/${DEMO_EVALUATION}/summary?bootstrap=0&municipality=${OWN}`, allowed: ['evaluator', 'agency', 'municipality'] },
  { name: 'GET summary, other municipality', route: 'GET /api/reports/:evaluation/summary', method: 'get', path: `/api/reports/${DEMO_EVALUATION}/summary?bootstrap=0&municipality=${OTHER}`, allowed: ['evaluator', 'agency'] },
  { name: 'GET chart, own municipality', route: 'GET /api/reports/:evaluation/charts/:chart', method: 'get', path: `/api/reports/${DEMO_EVALUATION}/charts/costs?bootstrap=0&municipality=${OWN}`, allowed: ['evaluator', 'agency', 'municipality'] },
  { name: 'GET chart, other municipality', route: 'GET /api/reports/:evaluation/charts/:chart', method: 'get', path: `/api/reports/${DEMO_EVALUATION}/charts/costs?bootstrap=0&municipality=${OTHER}`, allowed: ['evaluator', 'agency'] },
  // the wide analysis dataset: one row per course, evaluators who may read the evaluation only
  { name: 'GET analysis dataset csv', route: 'GET /api/analysis-datasets/:evaluation', method: 'get', path: `/api/analysis-datasets/${DEMO_EVALUATION}?format=csv`, allowed: ['evaluator'] },
  { name: 'GET analysis dataset (own register)', route: 'GET /api/analysis-datasets/:evaluation', method: 'get', path: `/api/analysis-datasets/${OWN_REGISTER}`, allowed: ['registrar'] },
  { name: 'GET analysis dataset (other register)', route: 'GET /api/analysis-datasets/:evaluation', method: 'get', path: `/api/analysis-datasets/${OTHER_REGISTER}`, allowed: [] },
  { name: 'GET evaluation courses (rows)', route: 'GET /api/evaluations/:evaluation/courses', method: 'get', path: `/api/evaluations/${DEMO_EVALUATION}/courses`, allowed: ['evaluator', 'municipality'] },

  // an evaluation's analysis settings: read by its report's readers
  { name: 'GET analysis settings', route: 'GET /api/evaluations/:evaluation/analysis-settings', method: 'get', path: `/api/evaluations/${DEMO_EVALUATION}/analysis-settings`, allowed: ['evaluator', 'agency', 'municipality'] },
  { name: 'GET analysis settings (own register)', route: 'GET /api/evaluations/:evaluation/analysis-settings', method: 'get', path: `/api/evaluations/${OWN_REGISTER}/analysis-settings`, allowed: OWN_REGISTER_READERS },
  { name: 'GET analysis settings (other register)', route: 'GET /api/evaluations/:evaluation/analysis-settings', method: 'get', path: `/api/evaluations/${OTHER_REGISTER}/analysis-settings`, allowed: OTHER_REGISTER_READERS },

  // registers and their reports: the owning municipality, member evaluators, admins; nobody else
  ...registerRead('GET /api/reports/:evaluation', (side) => `/api/reports/${side === 'own' ? OWN_REGISTER : OTHER_REGISTER}?bootstrap=0`),
  ...registerRead('GET /api/reports/:evaluation', (side) => `/api/reports/${side === 'own' ? OWN_REGISTER : OTHER_REGISTER}?bootstrap=0&national=true`).map((r) => ({ ...r, name: `${r.name}, national` })),
  ...registerRead('GET /api/reports/:evaluation/:section', (side) => `/api/reports/${side === 'own' ? OWN_REGISTER : OTHER_REGISTER}/descriptives?bootstrap=0&national=true`),
  ...registerRead('GET /api/reports/:evaluation/:section', (side) => `/api/reports/${side === 'own' ? OWN_REGISTER : OTHER_REGISTER}/descriptives?format=csv&bootstrap=0&national=true`).map((r) => ({ ...r, name: `${r.name}, csv` })),
  ...registerRead('GET /api/reports/:evaluation/summary', (side) => `/api/reports/${side === 'own' ? OWN_REGISTER : OTHER_REGISTER}/summary?bootstrap=0&national=true`),
  ...registerRead('GET /api/reports/:evaluation/charts/:chart', (side) => `/api/reports/${side === 'own' ? OWN_REGISTER : OTHER_REGISTER}/charts/progression?bootstrap=0&national=true`),
  // the row list of a register, as an evaluation: its municipality and its member evaluator (admins read rows through /api/courses)
  { name: 'GET evaluation courses (own register)', route: 'GET /api/evaluations/:evaluation/courses', method: 'get', path: `/api/evaluations/${OWN_REGISTER}/courses`, allowed: ['registrar', 'municipality'] },
  { name: 'GET evaluation courses (other register)', route: 'GET /api/evaluations/:evaluation/courses', method: 'get', path: `/api/evaluations/${OTHER_REGISTER}/courses`, allowed: [] },
  ...registerRead('GET /api/courses', (side) => `/api/courses?municipality=${side === 'own' ? OWN : OTHER}`),
  { name: 'GET /api/courses (no filter)', route: 'GET /api/courses', method: 'get', path: '/api/courses', allowed: ['admin', 'registrar', 'municipality'] },
  ...registerRead('GET /api/citizens', (side) => `/api/citizens?municipality=${side === 'own' ? OWN : OTHER}`),
  { name: 'GET /api/citizens (no filter)', route: 'GET /api/citizens', method: 'get', path: '/api/citizens', allowed: ['admin', 'registrar', 'municipality'] },
  ...registerRead('GET /api/fidelity/alerts', (side) => `/api/fidelity/alerts?municipality=${side === 'own' ? OWN : OTHER}`),
  { name: 'GET /api/fidelity/alerts (no filter)', route: 'GET /api/fidelity/alerts', method: 'get', path: '/api/fidelity/alerts', allowed: ['admin', 'registrar', 'municipality'] },
  // counts per team only, small counts withheld: no course or citizen in it
  { name: 'GET /api/fidelity/alert-counts', route: 'GET /api/fidelity/alert-counts', method: 'get', path: '/api/fidelity/alert-counts', allowed: ['admin', 'agency'] },
  ...registerRead('GET /api/courses/:id', (side) => `/api/courses/{${side}Course}`),
  ...registerRead('GET /api/courses/:id/readings/:timepoint/:instrument/chart.svg', (side) => `/api/courses/{${side}Course}/readings/baseline/rs/chart.svg`),

  // imports: into a register never
  { name: 'POST /api/imports (dry run, member)', route: 'POST /api/imports', method: 'post', path: `/api/imports?evaluation=${DEMO_EVALUATION}&dryRun=true`, files: BUNDLE, allowed: ['evaluator'] },
  { name: 'POST /api/imports into a register (dry run)', route: 'POST /api/imports', method: 'post', path: `/api/imports?evaluation=${OWN_REGISTER}&dryRun=true`, files: BUNDLE, allowed: [] },

  // analysis settings: changed by the evaluators who are members (the defaults again, so later rows keep their meaning)
  { name: 'PUT analysis settings (member)', route: 'PUT /api/evaluations/:evaluation/analysis-settings', method: 'put', path: `/api/evaluations/${DEMO_EVALUATION}/analysis-settings`, body: SETTINGS, allowed: ['evaluator'] },
  { name: 'PUT analysis settings (own register)', route: 'PUT /api/evaluations/:evaluation/analysis-settings', method: 'put', path: `/api/evaluations/${OWN_REGISTER}/analysis-settings`, body: SETTINGS, allowed: ['registrar'] },
  { name: 'PUT analysis settings (other register)', route: 'PUT /api/evaluations/:evaluation/analysis-settings', method: 'put', path: `/api/evaluations/${OTHER_REGISTER}/analysis-settings`, body: SETTINGS, allowed: [] },

  // changes to registers: the owning municipality only
  { name: 'POST /api/citizens (own)', route: 'POST /api/citizens', method: 'post', path: '/api/citizens', body: { pseudonym: 'MX-NEW-1' }, allowed: ['municipality'] },
  { name: 'POST /api/citizens (other municipality)', route: 'POST /api/citizens', method: 'post', path: '/api/citizens', body: { pseudonym: 'MX-NEW-2', municipalityCode: OTHER }, allowed: [] },
  { name: 'POST /api/courses (own)', route: 'POST /api/courses', method: 'post', path: '/api/courses', body: { citizen: 'MX-NEW-3', arm: 'control', plannedStart: '2026-02-02' }, allowed: ['municipality'] },
  { name: 'POST /api/courses (other municipality)', route: 'POST /api/courses', method: 'post', path: '/api/courses', body: { citizen: 'MX-NEW-4', arm: 'control', plannedStart: '2026-02-02', municipalityCode: OTHER }, allowed: [] },
  ...courseWrite('PUT /api/courses/:id/worker', 'put', '/api/courses/{course}/worker', { worker: 'MX-W-2' }),
  ...courseWrite('PUT /api/courses/:id/checklist/:item', 'put', '/api/courses/{course}/checklist/cp_informed', {}),
  ...courseWrite('DELETE /api/courses/:id/checklist/:item', 'delete', '/api/courses/{course}/checklist/cp_informed'),
  ...courseWrite('POST /api/courses/:id/focus-areas', 'post', '/api/courses/{course}/focus-areas', { domain: 'finances', setDate: '2026-01-06' }),
  ...courseWrite('PATCH /api/courses/:id/focus-areas/:focusAreaId', 'patch', '/api/courses/{course}/focus-areas/{{side}Focus}', { status: 'achieved' }),
  ...courseWrite('POST /api/courses/:id/contacts', 'post', '/api/courses/{course}/contacts', CONTACT),
  ...courseWrite('PUT /api/courses/:id/contacts/:contactId', 'put', '/api/courses/{course}/contacts/{{side}Contact}', CONTACT),
  ...courseWrite('PUT /api/courses/:id/readings/:timepoint/:instrument', 'put', '/api/courses/{course}/readings/baseline/rs', READING),
  ...courseWrite('POST /api/courses/:id/phase-changes', 'post', '/api/courses/{course}/phase-changes', { event: 'phase1', date: '2026-02-02' }),
  ...courseWrite('PUT /api/courses/:id/handover-plan', 'put', '/api/courses/{course}/handover-plan', { date: '2026-02-10' }),
  ...courseWrite('DELETE /api/courses/:id/contacts/:contactId', 'delete', '/api/courses/{course}/contacts/{{side}Contact}'),
  ...courseWrite('DELETE /api/courses/:id/readings/:timepoint/:instrument', 'delete', '/api/courses/{course}/readings/baseline/rs'),

  // administration
  { name: 'GET /api/admin/users', route: 'GET /api/admin/users', method: 'get', path: '/api/admin/users', allowed: ['admin'] },
  { name: 'POST /api/admin/users', route: 'POST /api/admin/users', method: 'post', path: '/api/admin/users', body: { username: 'x', role: 'agency', password: 'short' }, allowed: ['admin'] },
  { name: 'PATCH /api/admin/users/:username', route: 'PATCH /api/admin/users/:username', method: 'patch', path: '/api/admin/users/matrix-outsider', body: { disabled: false }, allowed: ['admin'] },
  // the outsider joins and leaves again (rows run in order), so the rows above keep their meaning
  { name: 'PUT member', route: 'PUT /api/admin/evaluations/:evaluation/members/:username', method: 'put', path: `/api/admin/evaluations/${DEMO_EVALUATION}/members/matrix-outsider`, allowed: ['admin'] },
  { name: 'DELETE member', route: 'DELETE /api/admin/evaluations/:evaluation/members/:username', method: 'delete', path: `/api/admin/evaluations/${DEMO_EVALUATION}/members/matrix-outsider`, allowed: ['admin'] },
  { name: 'GET /api/admin/tokens', route: 'GET /api/admin/tokens', method: 'get', path: '/api/admin/tokens', allowed: ['admin'] },
  { name: 'DELETE /api/admin/tokens/:id (none such)', route: 'DELETE /api/admin/tokens/:id', method: 'delete', path: '/api/admin/tokens/999999', allowed: [] },
  { name: 'GET /api/admin/audit', route: 'GET /api/admin/audit', method: 'get', path: '/api/admin/audit?limit=5', allowed: ['admin'] },
  { name: 'GET /api/admin/audit/verify', route: 'GET /api/admin/audit/verify', method: 'get', path: '/api/admin/audit/verify', allowed: ['admin'] },
];

describe.each(testDatabases())('role × municipality matrix on $name PostgreSQL', ({ name, url }) => {
  let app: INestApplication;
  let tokens: Tokens;
  let ids: FixtureIds;
  const tally: MatrixTally = { attempts: 0, unauthorisedAttempts: 0, unauthorisedReads: [] };
  beforeAll(async () => {
    app = await openApiApp(url);
    tokens = await createPrincipals(app);
    ids = await createRegisters(app);
  });
  afterAll(async () => app?.close());

  describeAccessMatrix(ROWS, () => ({ app, tokens, ids, tally }));

  it('has rows for every route of the route table, and no rows for routes that do not exist', () => {
    const table = new Set(registeredRoutes(app).map((r) => r.route));
    const covered = new Set(ROWS.map((r) => r.route));
    expect({ withoutRows: [...table].filter((r) => !covered.has(r)).sort(), unknown: [...covered].filter((r) => !table.has(r)).sort() }).toEqual({ withoutRows: [], unknown: [] });
  });

  it('found no unauthorised read', () => {
    const routes = new Set(ROWS.map((r) => r.route)).size;
    console.log(`[access matrix, ${name}] ${PRINCIPALS.length} identities × ${routes} routes (${ROWS.length} rows): ${tally.attempts} attempts, ${tally.unauthorisedAttempts} unauthorised, ${tally.unauthorisedReads.length} unauthorised reads`);
    expect(tally.attempts).toBe(ROWS.length * PRINCIPALS.length);
    expect(tally.unauthorisedReads).toEqual([]);
  });
});
