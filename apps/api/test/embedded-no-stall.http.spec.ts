// The embedded database is one PostgreSQL session shared by every connection: a request must never wait on a
// transaction that waits on it, and a write must answer while another connection holds a transaction open.
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { testDatabases } from '@cti/testing/databases';
import { openApiApp } from '@cti/testing/api-app';
import { CohortImportService } from '@cti/cohorts';
import { signInAs } from './course-api-client';
import { scaledSampleBundle } from './scaled-sample-bundle';

const embedded = testDatabases().find((d) => d.name === 'embedded')!;

const within = <T>(ms: number, what: string, p: Promise<T>): Promise<T> =>
  Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms).unref())]);

describe('the embedded database never stalls the server', () => {
  let app: INestApplication;
  let greve: Awaited<ReturnType<typeof signInAs>>;

  beforeAll(async () => {
    app = await openApiApp(embedded.url, { demoData: false });
    greve = await signInAs(app, 'greve.cti', 253);
  });
  afterAll(async () => app?.close());

  it('registers a citizen (a write that audits in its own transaction) and health answers meanwhile', async () => {
    const started = Date.now();
    const created = await within(20_000, 'POST /api/citizens', greve.post('/citizens', { pseudonym: 'B-0001' }).then((r) => r));
    console.log(`POST /api/citizens on the embedded database: ${Date.now() - started} ms`);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ pseudonym: 'B-0001', municipalityCode: 253, courses: 0 });
    await within(5_000, 'GET /api/health', request(app.getHttpServer()).get('/api/health').expect(200).then((r) => r));
  });
});

describe('the embedded database answers other users while an import runs', () => {
  let app: INestApplication;
  let greve: Awaited<ReturnType<typeof signInAs>>;
  let bundleDir: string;

  beforeAll(async () => {
    app = await openApiApp(embedded.url, { demoData: false });
    greve = await signInAs(app, 'greve.cti', 253);
    bundleDir = await scaledSampleBundle(10);
  });
  afterAll(async () => app?.close());

  it('registers a citizen and reports health while a 1,510-course import is written', async () => {
    const imports = app.get(CohortImportService);
    let importDone = false;
    const importing = imports.import({ kind: 'path', path: bundleDir }, { actor: 'test', evaluation: 'big' }).finally(() => { importDone = true; });
    const timings: string[] = [];
    let k = 0;
    while (!importDone) {
      const started = Date.now();
      const created = await within(30_000, 'POST /api/citizens', greve.post('/citizens', { pseudonym: `B-${++k}` }).then((r) => r));
      expect(created.status).toBe(201);
      const citizenMs = Date.now() - started;
      const health = await within(30_000, 'GET /api/health', request(app.getHttpServer()).get('/api/health').then((r) => r));
      expect(health.status).toBe(200);
      timings.push(`${citizenMs} + ${Date.now() - started - citizenMs} ms${health.body.databaseBusy ? ' (busy)' : ''}${importDone ? ' (import finished)' : ''}`);
    }
    expect((await importing).outcome).toBe('imported');
    console.log(`POST /api/citizens + GET /api/health, one after the other, during an import on the embedded database: ${timings.join(', ')}`);
  }, 120_000);
});
