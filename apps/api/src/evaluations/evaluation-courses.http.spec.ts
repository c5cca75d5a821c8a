// On the demo data a municipality user sees its own courses, and no other municipality's.
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { EvaluationMembersService } from '@cti/access';
import { createPrincipals, DEMO_EVALUATION, OWN, type Tokens } from '@cti/testing/access-matrix';
import { testDatabases } from '@cti/testing/databases';
import { resetDatabase } from '@cti/testing/reset-database';
import { createApp } from '../app.factory';

describe.each(testDatabases())('evaluation course lists on the demo data ($name PostgreSQL)', ({ url }) => {
  let app: INestApplication;
  let tokens: Tokens;
  const get = (who: keyof Tokens, path: string) => request(app.getHttpServer()).get(path).set('Authorization', `Bearer ${tokens[who]}`);

  beforeAll(async () => {
    await resetDatabase(url);
    app = await createApp({ databaseUrl: url, warmReports: false, jwtSecret: 'e'.repeat(40) }, false); // demo data on
    await app.init();
    tokens = await createPrincipals(app);
    await app.get(EvaluationMembersService).add(DEMO_EVALUATION, 'matrix-evaluator'); // the member; the outsider stays none
  });
  afterAll(async () => app?.close());

  it('shows a municipality user its own courses and only those, and audits the read', async () => {
    const res = await get('municipality', `/api/evaluations/${DEMO_EVALUATION}/courses`).expect(200);
    expect(res.body.length).toBeGreaterThan(0);
    expect(new Set(res.body.map((c: { municipalityCode: number }) => c.municipalityCode))).toEqual(new Set([OWN]));
    expect(Object.keys(res.body[0]).sort()).toEqual(
      ['arm', 'citizen', 'contacts', 'courseId', 'endDate', 'endReason', 'measurements', 'municipalityCode', 'phase2Start', 'phase3Start', 'startDate', 'targetGroup', 'worker'],
    );
    const audit = (await app.get(DataSource).query(`SELECT actor, evaluation, target FROM audit_event WHERE action = 'course.list' ORDER BY id DESC LIMIT 1`)) as { actor: string; evaluation: string; target: string }[];
    expect(audit[0]).toEqual({ actor: 'matrix-aalborg', evaluation: DEMO_EVALUATION, target: `${res.body.length} courses` });
  });

  it('shows a member evaluator every course of the evaluation', async () => {
    const res = await get('evaluator', `/api/evaluations/${DEMO_EVALUATION}/courses`).expect(200);
    expect(res.body).toHaveLength(151);
  });

  it('gives the agency and a non-member no rows', async () => {
    await get('agency', `/api/evaluations/${DEMO_EVALUATION}/courses`).expect(403);
    await get('outsider', `/api/evaluations/${DEMO_EVALUATION}/courses`).expect(404);
  });
});
