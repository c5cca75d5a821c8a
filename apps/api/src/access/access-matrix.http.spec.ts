import type { INestApplication } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedsDir } from '@cti/cohorts';
import { createPrincipals, DEMO_EVALUATION, describeAccessMatrix, OTHER, OWN, type MatrixRow, type Tokens } from '@cti/testing/access-matrix';
import { openApiApp } from '@cti/testing/api-app';
import { testDatabases } from '@cti/testing/databases';

const demo = (file: string): [string, Buffer, string] => ['files', readFileSync(join(seedsDir(), 'demo-cohort', file)), file];
const BUNDLE = ['courses.csv', 'measurements.csv'].map(demo);
const REPORT = `/api/reports/${DEMO_EVALUATION}?bootstrap=0`;

// Role × own/other municipality for every endpoint of this issue. The course workflow adds its rows in its own spec
// with the same helper (test/support/access-matrix.ts).
const ROWS: MatrixRow[] = [
  { name: 'GET /api/health', method: 'get', path: '/api/health', allowed: ['anonymous', 'admin', 'evaluator', 'outsider', 'agency', 'municipality'] },
  { name: 'GET /api/auth/me', method: 'get', path: '/api/auth/me', allowed: ['admin', 'evaluator', 'outsider', 'agency', 'municipality'] },
  { name: 'POST /api/auth/tokens', method: 'post', path: '/api/auth/tokens', body: { name: 'matrix' }, allowed: ['admin', 'evaluator', 'outsider', 'agency', 'municipality'] },
  { name: 'GET /api/evaluations', method: 'get', path: '/api/evaluations', allowed: ['evaluator', 'outsider', 'agency', 'municipality'] },
  { name: 'GET report, national', method: 'get', path: `${REPORT}&national=true`, allowed: ['evaluator', 'agency', 'municipality'] },
  { name: 'GET report, own municipality', method: 'get', path: `${REPORT}&municipality=${OWN}`, allowed: ['evaluator', 'agency', 'municipality'] },
  { name: 'GET report, other municipality', method: 'get', path: `${REPORT}&municipality=${OTHER}`, allowed: ['evaluator', 'agency'] },
  { name: 'GET section csv, own municipality', method: 'get', path: `/api/reports/${DEMO_EVALUATION}/descriptives?format=csv&municipality=${OWN}`, allowed: ['evaluator', 'agency', 'municipality'] },
  { name: 'GET section csv, other municipality', method: 'get', path: `/api/reports/${DEMO_EVALUATION}/descriptives?format=csv&municipality=${OTHER}`, allowed: ['evaluator', 'agency'] },
  { name: 'GET evaluation courses (rows)', method: 'get', path: `/api/evaluations/${DEMO_EVALUATION}/courses`, allowed: ['evaluator', 'municipality'] },
  { name: 'GET chart, own municipality', method: 'get', path: `/api/reports/${DEMO_EVALUATION}/charts/costs?bootstrap=0&municipality=${OWN}`, allowed: ['evaluator', 'agency', 'municipality'] },
  { name: 'GET chart, other municipality', method: 'get', path: `/api/reports/${DEMO_EVALUATION}/charts/costs?bootstrap=0&municipality=${OTHER}`, allowed: ['evaluator', 'agency'] },
  { name: 'GET report of an unknown evaluation', method: 'get', path: '/api/reports/nobody-knows', allowed: [] },
  { name: 'POST /api/imports (dry run, member)', method: 'post', path: `/api/imports?evaluation=${DEMO_EVALUATION}&dryRun=true`, files: BUNDLE, allowed: ['evaluator'] },
  { name: 'GET /api/admin/users', method: 'get', path: '/api/admin/users', allowed: ['admin'] },
  { name: 'POST /api/admin/users', method: 'post', path: '/api/admin/users', body: { username: 'x', role: 'agency', password: 'short' }, allowed: ['admin'] },
  { name: 'PATCH /api/admin/users/:username', method: 'patch', path: '/api/admin/users/matrix-outsider', body: { disabled: false }, allowed: ['admin'] },
  // the outsider joins and leaves again (rows run in order), so the rows above keep their meaning
  { name: 'PUT member', method: 'put', path: `/api/admin/evaluations/${DEMO_EVALUATION}/members/matrix-outsider`, allowed: ['admin'] },
  { name: 'DELETE member', method: 'delete', path: `/api/admin/evaluations/${DEMO_EVALUATION}/members/matrix-outsider`, allowed: ['admin'] },
  { name: 'GET /api/admin/audit', method: 'get', path: '/api/admin/audit?limit=5', allowed: ['admin'] },
  { name: 'GET /api/admin/audit/verify', method: 'get', path: '/api/admin/audit/verify', allowed: ['admin'] },
];

describe.each(testDatabases())('role × municipality matrix on $name PostgreSQL', ({ url }) => {
  let app: INestApplication;
  let tokens: Tokens;
  beforeAll(async () => {
    app = await openApiApp(url);
    tokens = await createPrincipals(app);
  });
  afterAll(async () => app?.close());

  describeAccessMatrix(ROWS, () => ({ app, tokens }));
});
