import type { INestApplication } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { AuditService } from '@cti/audit';
import { seedsDir } from '@cti/cohorts';
import { createPrincipals, createRegisters, OTHER, type FixtureIds, type Tokens } from '@cti/testing/access-matrix';
import { openApiApp } from '@cti/testing/api-app';
import { testDatabases } from '@cti/testing/databases';

// Bounded integer parameters, no-store on personal data, and the audit trail of chart views, refused lookups,
// authentication failures and dry runs.
describe.each(testDatabases())('HTTP hardening and audit coverage on $name PostgreSQL', ({ url }) => {
  let app: INestApplication;
  let tokens: Tokens;
  let ids: FixtureIds;
  const as = (who: keyof Tokens) => ({ Authorization: `Bearer ${tokens[who]}` });
  const http = () => request(app.getHttpServer());
  const audited = (action: string) => app.get(AuditService).search({ action, limit: 1000 });

  beforeAll(async () => {
    app = await openApiApp(url);
    tokens = await createPrincipals(app);
    ids = await createRegisters(app);
  });
  afterAll(async () => app?.close());

  it('answers 400 to an integer parameter out of range, never 500', async () => {
    const paths = [
      ['get', '/api/courses/99999999999'], ['get', '/api/courses/0'], ['get', '/api/courses/1.5'], ['get', '/api/courses/abc'], ['put', '/api/courses/99999999999/worker'],
      ['get', '/api/courses/2147483648/readings/baseline/rs/chart.svg'], ['delete', '/api/courses/1/contacts/99999999999'],
      ['patch', '/api/courses/1/focus-areas/99999999999'], ['delete', '/api/auth/tokens/99999999999'],
      ['get', '/api/reports/default?seed=1e30'], ['get', '/api/reports/default?bootstrap=99999999999'], ['get', '/api/courses?municipality=99999999999'],
    ] as const;
    const statuses = await Promise.all(paths.map(async ([method, path]) => [path, (await http()[method](path).set(as('municipality')).send(method === 'put' ? { worker: 'W-1' } : method === 'patch' ? { status: 'active' } : undefined)).status]));
    expect(statuses).toEqual(paths.map(([, path]) => [path, 400]));
    expect((await http().get('/api/admin/audit?beforeId=1e30').set(as('admin'))).status).toBe(400);
  });

  it('sends Cache-Control: no-store on every API answer but health and docs', async () => {
    for (const [path, who] of [['/api/auth/me', 'municipality'], [`/api/courses/${ids.ownCourse}`, 'municipality'], ['/api/reports/default?bootstrap=0', 'agency'], ['/api/courses/1', 'anonymous']] as const) {
      const res = await http().get(path).set(who === 'anonymous' ? {} : as(who));
      expect({ path, cache: res.headers['cache-control'] }).toEqual({ path, cache: 'no-store' });
    }
    expect((await http().get('/api/health')).headers['cache-control']).not.toBe('no-store');
    expect((await http().get('/api/docs-json')).headers['cache-control']).not.toBe('no-store');
  });

  it('audits views of a reading chart', async () => {
    await http().get(`/api/courses/${ids.ownCourse}/readings/baseline/rs/chart.svg`).set(as('municipality')).expect(200);
    expect(await audited('course.reading.chart')).toEqual([expect.objectContaining({ actor: 'matrix-aalborg', target: `course ${ids.ownCourse}`, detail: { timepoint: 'baseline', instrument: 'rs' } })]);
  });

  it('audits refused lookups of another municipality\'s ids, reads and changes alike', async () => {
    await http().get(`/api/courses/${ids.otherCourse}`).set(as('municipality')).expect(404);
    await http().get(`/api/courses/${ids.otherCourse}/readings/baseline/rs/chart.svg`).set(as('municipality')).expect(404);
    await http().post(`/api/courses/${ids.otherCourse}/contacts`).set(as('municipality')).send({ date: '2026-01-08', minutes: 20, mode: 'phone', with: ['citizen'] }).expect(404);
    const refused = (await audited('course.lookup')).filter((r) => r.actor === 'matrix-aalborg');
    expect(refused).toHaveLength(3);
    expect(refused.every((r) => r.outcome === 'denied' && r.target === `course ${ids.otherCourse}`)).toBe(true);
    expect(OTHER).toBe(253);
  });

  it('audits requests with a bad, expired or revoked token, without the token or the query', async () => {
    const created = await http().post('/api/auth/tokens').set(as('agency')).send({ name: 'soon revoked' }).expect(201);
    await http().delete(`/api/auth/tokens/${created.body.id as number}`).set(as('agency')).expect(204);
    await http().get('/api/auth/me?who=secret-query').set('Authorization', `Bearer ${created.body.token as string}`).expect(401);
    await http().get('/api/auth/me').set('Authorization', 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.forgedsignature').expect(401);
    await http().get('/api/auth/me').set('Authorization', 'Basic abc').expect(401);
    await http().get('/api/auth/me').expect(401); // no credentials at all: not an authentication attempt
    const failures = await audited('auth.failed');
    expect(failures).toHaveLength(3);
    expect(failures.map((r) => r.target)).toEqual(['GET /api/auth/me', 'GET /api/auth/me', 'GET /api/auth/me']);
    expect(JSON.stringify(failures)).not.toMatch(/secret-query|forgedsignature|cti_/);
  });

  it('audits dry-run imports', async () => {
    const files = ['courses.csv', 'measurements.csv'].map((f) => [f, readFileSync(join(seedsDir(), 'demo-cohort', f))] as const);
    let req = http().post('/api/imports?evaluation=default&dryRun=true').set(as('evaluator'));
    for (const [name, data] of files) req = req.attach('files', data, name);
    await req.expect(200);
    expect(await audited('import.dry_run')).toEqual([expect.objectContaining({ actor: 'matrix-evaluator', evaluation: 'default', outcome: 'ok', target: 'courses.csv, measurements.csv' })]);
  });
});
