import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { openApiApp, userWithToken } from '@cti/testing/api-app';
import { testDatabases } from '@cti/testing/databases';
import { REPORT_SECTIONS } from './report-sections';

// Every table section downloads in every format, for a row-level reader and a suppressed one; an empty section too.
const TABLE_SECTIONS = REPORT_SECTIONS.filter((s) => !['fidelity', 'cost_effectiveness', 'caseload'].includes(s));

describe('section downloads', () => {
  const [db] = testDatabases();
  let app: INestApplication;
  let tokens: Record<'agency' | 'evaluator', string>;
  beforeAll(async () => {
    app = await openApiApp(db.url);
    tokens = { agency: await userWithToken(app, { username: 'dl-agency', role: 'agency' }), evaluator: await userWithToken(app, { username: 'dl-evaluator', role: 'evaluator' }) };
    await app.get((await import('@cti/access')).EvaluationMembersService).add('default', 'dl-evaluator');
  });
  afterAll(async () => app?.close());

  it.each(['agency', 'evaluator'] as const)('gives every table section as Parquet, CSV and Arrow to the %s', async (who) => {
    const failures: string[] = [];
    for (const section of TABLE_SECTIONS) {
      for (const format of ['parquet', 'csv', 'arrow']) {
        const res = await request(app.getHttpServer()).get(`/api/reports/default/${section}?format=${format}&bootstrap=0`).set('Authorization', `Bearer ${tokens[who]}`).responseType('blob');
        if (res.status !== 200) failures.push(`${section}.${format}: ${res.status}`);
        else if (format === 'parquet') expect((res.body as Buffer).subarray(0, 4).toString()).toBe('PAR1');
      }
    }
    expect(failures).toEqual([]);
    // the agency's first request computes the disclosure pattern over every view: 57 s on two cores at load 12
  }, 180_000);
});
