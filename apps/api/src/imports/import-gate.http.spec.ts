// One import at a time: a second upload while one runs is refused at once with Retry-After, before it is read.
import type { INestApplication } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { FIXTURES } from '@cti/testing/cohort-context';
import { testDatabases } from '@cti/testing/databases';
import { openApiApp, userWithToken } from '@cti/testing/api-app';
import { ImportGate } from './import-gate';

const FILES = ['courses.csv', 'measurements.csv', 'costs.csv', 'contacts.csv', 'focus_areas.csv'];
const { url } = testDatabases()[0];

describe('concurrent imports', () => {
  let app: INestApplication;
  let token: string;
  const uploadSample = () => {
    let upload = request(app.getHttpServer()).post('/api/imports?evaluation=gate-test').set('Authorization', `Bearer ${token}`);
    for (const f of FILES) upload = upload.attach('files', readFileSync(join(FIXTURES, 'sample-cohort', f)), f);
    return upload;
  };

  beforeAll(async () => {
    app = await openApiApp(url, { demoData: false });
    token = await userWithToken(app, { username: 'eva', role: 'evaluator' });
  });
  afterAll(async () => app?.close());

  it('refuses an upload while another import runs, with 503 and Retry-After, and takes it once that one is done', async () => {
    const running = app.get(ImportGate).tryEnter()!;
    const refused = await uploadSample().expect(503);
    expect(refused.headers['retry-after']).toBe('10');
    expect(refused.body.message).toBe('another import is running (imports run one at a time); try again in 10 seconds');
    running();
    expect((await uploadSample().expect(200)).body.counts.courses.inBundle).toBe(151);
    // and the gate opened again after that import, and after a rejected one
    await request(app.getHttpServer()).post('/api/imports?evaluation=gate-test').set('Authorization', `Bearer ${token}`)
      .attach('files', Buffer.from('course_id\n'), 'courses.csv').expect(422);
    expect(app.get(ImportGate).tryEnter()).not.toBeNull();
  });
});
