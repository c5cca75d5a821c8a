// The wide analysis dataset over HTTP: an evaluator downloads one row per course with its codebook; the agency, whose
// views are under disclosure control, is refused; both are in the audit trail.
import type { INestApplication } from '@nestjs/common';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { UsersService } from '@cti/access';
import { AuditService } from '@cti/audit';
import { FIXTURES } from '@cti/testing/cohort-context';
import { testDatabases } from '@cti/testing/databases';
import { resetDatabase } from '@cti/testing/reset-database';
import { createApp } from '../app.factory';

const SAMPLE = join(FIXTURES, 'sample-cohort');
const EVALUATION = 'cti-wide';
const FILES = ['courses.csv', 'measurements.csv', 'costs.csv', 'contacts.csv', 'focus_areas.csv'];

describe.each(testDatabases())('the analysis dataset route on $name PostgreSQL', ({ url }) => {
  let app: INestApplication;
  const tokens: Record<string, string> = {};
  const as = (who: string, path: string) => request(app.getHttpServer()).get(path).set('Authorization', `Bearer ${tokens[who]}`);

  beforeAll(async () => {
    await resetDatabase(url);
    app = await createApp({ databaseUrl: url, warmReports: false, demoData: false, jwtSecret: 'w'.repeat(40) }, false);
    await app.init();
    for (const [username, role] of [['eva', 'evaluator'], ['otto', 'evaluator'], ['agnes', 'agency']] as const) {
      const password = `a long ${username} passphrase`;
      await app.get(UsersService).create({ username, role, password });
      tokens[username] = (await request(app.getHttpServer()).post('/api/auth/login').send({ username, password }).expect(200)).body.accessToken;
    }
    let upload = request(app.getHttpServer()).post(`/api/imports?evaluation=${EVALUATION}`).set('Authorization', `Bearer ${tokens.eva}`);
    for (const f of FILES) upload = upload.attach('files', readFileSync(join(SAMPLE, f)), f);
    await upload.expect(200);
  });
  afterAll(async () => app?.close());

  it('gives the evaluator one row per course as CSV, the codebook beside it, and xlsx', async () => {
    const data = await as('eva', `/api/analysis-datasets/${EVALUATION}?format=csv`).expect(200).expect('Content-Type', /text\/csv/);
    const rows = parse(data.text, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(151);
    expect(new Set(rows.map((r) => r.course_id)).size).toBe(151);
    const codebook = parse((await as('eva', `/api/analysis-datasets/${EVALUATION}?format=csv&part=codebook`).expect(200)).text, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0])).toEqual(codebook.map((c) => c.name));
    const xlsx = await as('eva', `/api/analysis-datasets/${EVALUATION}?format=xlsx`).buffer(true).expect(200);
    expect(xlsx.headers['content-disposition']).toContain(`${EVALUATION}-analysis-dataset.xlsx`);
  });

  it('refuses the agency and an evaluator who is no member, and audits the downloads and the refusal', async () => {
    await as('agnes', `/api/analysis-datasets/${EVALUATION}?format=csv`).expect(403);
    await as('otto', `/api/analysis-datasets/${EVALUATION}?format=csv`).expect(404);
    const events = await app.get(AuditService).search({ action: 'export.wide' });
    expect(events.filter((e) => e.outcome === 'ok' && e.actor === 'eva').map((e) => e.target)).toEqual(expect.arrayContaining(['analysis-dataset.data.csv', 'analysis-dataset.codebook.csv', 'analysis-dataset.xlsx']));
    expect(events.filter((e) => e.outcome === 'denied').map((e) => e.actor)).toEqual(['otto']);
  });
});
