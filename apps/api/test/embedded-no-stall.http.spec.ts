// The embedded database is one PostgreSQL session shared by every connection: a request must never wait on a
// transaction that waits on it, and a write must answer while another connection holds a transaction open.
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { testDatabases } from '@cti/testing/databases';
import { openApiApp } from '@cti/testing/api-app';
import { DataSource } from 'typeorm';
import { CohortImportService, PENDING_SLUG_PREFIX } from '@cti/cohorts';
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
  let smallDir: string;

  beforeAll(async () => {
    app = await openApiApp(embedded.url, { demoData: false });
    greve = await signInAs(app, 'greve.cti', 253);
    bundleDir = await scaledSampleBundle(10);
    smallDir = await scaledSampleBundle(1); // 151 new courses: more than one chunk's worth, so written the same way
  });
  afterAll(async () => app?.close());

  // Not a timed test: it asserts that requests sent while the import writes are answered before the import ends
  // (they used to wait for its whole transaction), and prints how long each took.
  it('registers a citizen, answers health and auth/me before a 1,510-course import being written is done', async () => {
    const imports = app.get(CohortImportService);
    const dataSource = app.get(DataSource);
    let importDone = false;
    const importing = imports.import({ kind: 'path', path: bundleDir }, { actor: 'test', evaluation: 'big' }).finally(() => { importDone = true; });
    // wait until the import writes (its new courses go into a hidden evaluation first), not while it reads the files
    const writing = async () => ((await dataSource.query(`SELECT count(*)::int AS n FROM course c JOIN evaluation e ON e.id = c.evaluation_id WHERE starts_with(e.slug, $1)`, [PENDING_SLUG_PREFIX])) as { n: number }[])[0].n > 0;
    while (!importDone && !(await writing())) await new Promise((r) => setTimeout(r, 50));
    expect(importDone).toBe(false);
    const timings: string[] = [];
    const answeredBeforeImport: boolean[] = [];
    for (let k = 1; k <= 3 && !importDone; k++) {
      const t0 = Date.now();
      const created = await within(60_000, 'POST /api/citizens', greve.post('/citizens', { pseudonym: `B-${k}` }).then((r) => r));
      const t1 = Date.now();
      const health = await within(60_000, 'GET /api/health', request(app.getHttpServer()).get('/api/health').then((r) => r));
      const t2 = Date.now();
      const me = await within(60_000, 'GET /api/auth/me', greve.get('/auth/me').then((r) => r));
      const t3 = Date.now();
      expect([created.status, health.status, me.status]).toEqual([201, 200, 200]);
      answeredBeforeImport.push(!importDone);
      timings.push(`citizens ${t1 - t0} ms, health ${t2 - t1} ms, auth/me ${t3 - t2} ms${importDone ? ' (import finished meanwhile)' : ''}`);
    }
    const result = await importing;
    expect(result.outcome).toBe('imported');
    expect(result.counts.courses.inserted).toBe(1510);
    console.log(`during an import on the embedded database: ${timings.join('; ')}`);
    // the first round at least was answered while the import was still writing
    expect(answeredBeforeImport[0]).toBe(true);
    // and nothing of the hidden evaluation is left behind
    expect(await dataSource.query('SELECT slug FROM evaluation WHERE starts_with(slug, $1)', [PENDING_SLUG_PREFIX])).toEqual([]);
  }, 600_000);

  it('a dry run of new courses leaves no course and no hidden evaluation behind', async () => {
    const imports = app.get(CohortImportService);
    const dataSource = app.get(DataSource);
    const result = await imports.import({ kind: 'path', path: smallDir }, { actor: 'test', evaluation: 'dry', dryRun: true });
    expect(result.counts.courses.inserted).toBe(151);
    expect(await dataSource.query(`SELECT e.slug FROM evaluation e WHERE e.slug = 'dry' OR starts_with(e.slug, $1)`, [PENDING_SLUG_PREFIX])).toEqual([]);
  }, 180_000);
});
