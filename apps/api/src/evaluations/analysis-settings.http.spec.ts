// The analysis settings routes on the demo data: read by the report's readers, changed by member evaluators only; a bad
// hierarchy is a 400 with its code naming the field, and no refused change leaves a trace in the stored settings.
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { EvaluationMembersService } from '@cti/access';
import { createPrincipals, DEMO_EVALUATION, type Principal, type Tokens } from '@cti/testing/access-matrix';
import { openApiApp } from '@cti/testing/api-app';
import { testDatabases } from '@cti/testing/databases';

const PATH = `/api/evaluations/${DEMO_EVALUATION}/analysis-settings`;
const DEFAULTS = { primary: { outcome: 'wemwbs_total', timepoint: 'm9' }, keySecondary: ['sds_total', 'rs_mean'] };
const M18 = { primary: { outcome: 'sds_total', timepoint: 'm18' }, keySecondary: ['wemwbs_total', 'rs_mean'] };

describe.each(testDatabases())('analysis settings over HTTP ($name PostgreSQL)', ({ url }) => {
  let app: INestApplication;
  let tokens: Tokens;
  const call = (method: 'get' | 'put', who: Principal, path = PATH, body?: object) => {
    const req = request(app.getHttpServer())[method](path);
    if (tokens[who]) req.set('Authorization', `Bearer ${tokens[who]}`);
    return body ? req.send(body) : req;
  };
  const stored = async () => (await app.get(DataSource).query('SELECT analysis_settings FROM evaluation WHERE slug = $1', [DEMO_EVALUATION]))[0].analysis_settings;

  beforeAll(async () => {
    app = await openApiApp(url);
    tokens = await createPrincipals(app);
    await app.get(EvaluationMembersService).add(DEMO_EVALUATION, 'matrix-evaluator');
  });
  afterAll(async () => app?.close());

  it("shows the defaults to the report's readers, and nothing to anyone else", async () => {
    for (const who of ['evaluator', 'agency', 'municipality'] as const) {
      expect((await call('get', who).expect(200)).body).toEqual({ evaluation: DEMO_EVALUATION, hierarchy: DEFAULTS, stored: false });
    }
    await call('get', 'anonymous').expect(401);
    for (const who of ['outsider', 'registrar', 'admin'] as const) await call('get', who).expect(404);
    await call('get', 'evaluator', '/api/evaluations/nobody-knows/analysis-settings').expect(404);
  });

  it('refuses a change by anyone but a member evaluator, and stores nothing', async () => {
    await call('put', 'anonymous', PATH, M18).expect(401);
    for (const who of ['agency', 'municipality', 'admin'] as const) await call('put', who, PATH, M18).expect(403);
    for (const who of ['outsider', 'registrar'] as const) await call('put', who, PATH, M18).expect(404);
    expect(await stored()).toBeNull();
  });

  it.each([
    ['an unknown primary outcome', { ...M18, primary: { outcome: 'happiness', timepoint: 'm18' } }, 'analysis_settings.unknown_outcome', 'primary.outcome'],
    ['timepoint m3', { ...M18, primary: { outcome: 'sds_total', timepoint: 'm3' } }, 'analysis_settings.invalid_timepoint', 'primary.timepoint'],
    ['a secondary twice', { ...M18, keySecondary: ['rs_mean', 'rs_mean'] }, 'analysis_settings.duplicate_secondary', 'keySecondary[1]'],
    ['the primary among the secondaries', { ...M18, keySecondary: ['sds_total'] }, 'analysis_settings.primary_as_secondary', 'keySecondary[0]'],
  ])('answers %s with 400, its code and the field, and stores nothing', async (_name, body, code, field) => {
    const res = await call('put', 'evaluator', PATH, body).expect(400);
    expect(res.body).toMatchObject({ code, params: { field } });
    expect(res.body.message).toMatch(new RegExp(`^${field.replace(/[[\]]/g, '\\$&')}: `));
    expect(await stored()).toBeNull();
  });

  it('refuses a body of the wrong shape before any check', async () => {
    for (const body of [{ primary: 'sds_total', keySecondary: [] }, { ...M18, keySecondary: 'rs_mean' }, { ...M18, extra: true }, { keySecondary: [] }]) {
      expect((await call('put', 'evaluator', PATH, body).expect(400)).body.code).toBe('request.invalid');
    }
    expect(await stored()).toBeNull();
  });

  it("stores a member evaluator's hierarchy, audits it, and the next report follows it", async () => {
    const before = (await call('get', 'evaluator', `/api/reports/${DEMO_EVALUATION}?bootstrap=0`).expect(200)).body;
    expect(before.outcome_hierarchy).toEqual(DEFAULTS);
    expect((await call('put', 'evaluator', PATH, M18).expect(200)).body).toEqual({ evaluation: DEMO_EVALUATION, hierarchy: M18, stored: true });
    expect((await call('get', 'municipality').expect(200)).body.hierarchy).toEqual(M18);
    const after = (await call('get', 'evaluator', `/api/reports/${DEMO_EVALUATION}?bootstrap=0`).expect(200)).body;
    expect(after.metadata.snapshot.id).toBe(before.metadata.snapshot.id);
    expect(after.outcome_hierarchy).toEqual(M18);
    const roleOf = (o: string, tp: string) => after.comparison.find((c: { outcome: string; timepoint: string }) => c.outcome === o && c.timepoint === tp)?.role;
    expect([roleOf('sds_total', 'm18'), roleOf('wemwbs_total', 'm18'), roleOf('rs_mean', 'm18'), roleOf('wemwbs_total', 'm9')]).toEqual(['primary', 'key_secondary', 'key_secondary', 'exploratory']);
    const audit = await app.get(DataSource).query(`SELECT actor, outcome, detail FROM audit_event WHERE action = 'settings.change' ORDER BY id`);
    expect(audit.at(-1)).toEqual({ actor: 'matrix-evaluator', outcome: 'ok', detail: { before: DEFAULTS, after: M18 } });
    // refusals by role are the access guard's (access.denied); these are the evaluators who are no members
    expect(audit.filter((a: { outcome: string }) => a.outcome === 'denied').map((a: { actor: string }) => a.actor)).toEqual(['matrix-outsider', 'matrix-registrar']);
    expect(audit.filter((a: { outcome: string }) => a.outcome === 'failed')).toHaveLength(4);
  });

  it('keeps the stored hierarchy after a refused change', async () => {
    await call('put', 'evaluator', PATH, { ...M18, keySecondary: ['who5_index', 'swemwbs_metric', 'wemwbs_total', 'rs_mean', 'sds_total'] }).expect(400);
    await call('put', 'agency', PATH, DEFAULTS).expect(403);
    expect(await stored()).toEqual({ hierarchy: M18 });
    expect((await call('get', 'agency').expect(200)).body.hierarchy).toEqual(M18);
  });
});
