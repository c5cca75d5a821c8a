// After an import through the API, the new data version's default report and disclosure pattern are computed in the
// background, so the agency's first request does not wait for them (at national scale the pattern takes minutes).
import type { INestApplication } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { ReportService, ReportWarmup } from '@cti/reporting';
import { FIXTURES } from '@cti/testing/cohort-context';
import { testDatabases } from '@cti/testing/databases';
import { openApiApp, userWithToken } from '@cti/testing/api-app';

const FILES = ['courses.csv', 'measurements.csv', 'costs.csv', 'contacts.csv', 'focus_areas.csv'];
const { url } = testDatabases()[0];

describe.each([true, false])('reports computed ahead after an import (CTI_WARM_REPORTS %s)', (warm) => {
  let app: INestApplication;
  let token: string;

  beforeAll(async () => {
    app = await openApiApp(url, { demoData: false, warmReports: warm });
    token = await userWithToken(app, { username: 'eva', role: 'evaluator' });
  });
  afterAll(async () => app?.close());

  it(warm ? 'holds the default report and the disclosure pattern before anyone asks' : 'computes nothing nobody asked for', async () => {
    let upload = request(app.getHttpServer()).post('/api/imports?evaluation=warm-test').set('Authorization', `Bearer ${token}`);
    for (const f of FILES) upload = upload.attach('files', readFileSync(join(FIXTURES, 'sample-cohort', f)), f);
    expect((await upload.expect(200)).body.outcome).toBe('imported');
    await app.get(ReportWarmup).settled();
    expect(await app.get(ReportService).warmed('warm-test')).toEqual({ report: warm, pattern: warm });
  }, 120_000);
});
