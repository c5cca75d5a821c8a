// After an import, the new data version's default report and disclosure pattern are computed in the background, so
// the agency's first request does not wait for them (at national scale the pattern takes minutes).
import type { INestApplication } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { CohortImportService } from '@cti/cohorts';
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

// A CLI import, a course-workflow edit or another API process changes a data version without this process's import
// route: the warm-up finds it by polling the data versions, and waits until a version has held for one poll.
describe('reports computed ahead after a change made elsewhere', () => {
  let app: INestApplication;

  beforeAll(async () => {
    app = await openApiApp(url, { demoData: false, warmReports: true });
    app.get(ReportWarmup).stopPolling(); // the test steps through the polls itself
  });
  afterAll(async () => app?.close());

  async function pollOnce(): Promise<{ report: boolean; pattern: boolean }> {
    await app.get(ReportWarmup).poll();
    await app.get(ReportWarmup).settled();
    return app.get(ReportService).warmed('elsewhere');
  }

  it('warms a data version once it has held for one poll, and the next version after it', async () => {
    // as the CLI does: the import service itself, not the route that starts a warm-up
    const result = await app.get(CohortImportService).import({ kind: 'path', path: join(FIXTURES, 'sample-cohort') }, { actor: 'cli-test', evaluation: 'elsewhere' });
    expect(result.outcome).toBe('imported');
    expect(await pollOnce()).toEqual({ report: false, pattern: false }); // first seen: it may still be changing
    expect(await pollOnce()).toEqual({ report: true, pattern: true });
    // another process's edit: the version moves on, the cache holds the old one's reports only
    await app.get(DataSource).query("UPDATE evaluation SET data_version = data_version + 1, data_changed_at = now() WHERE slug = 'elsewhere'");
    expect(await pollOnce()).toEqual({ report: false, pattern: false });
    expect(await pollOnce()).toEqual({ report: true, pattern: true });
  }, 120_000);
});
