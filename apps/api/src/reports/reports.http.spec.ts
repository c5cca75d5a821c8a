// The report endpoints answer with the same numbers as R: an evaluator uploads the sample cohort through the
// API and reads the report back over HTTP, as JSON and as downloads, on both databases.
import type { INestApplication } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { tableFromIPC } from 'apache-arrow';
import { compareWithReference } from '../../../../libs/analytics/src/testing/compare-reference';
import { FIXTURES } from '@cti/testing/cohort-context';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AnalyticsEngine } from '@cti/analytics';
import { UsersService } from '@cti/access';
import { ReportCache } from '@cti/reporting';
import { AuditService } from '@cti/audit';
import { testDatabases } from '@cti/testing/databases';
import { resetDatabase } from '@cti/testing/reset-database';
import { createApp } from '../app.factory';

const SAMPLE = join(FIXTURES, 'sample-cohort');
const EVALUATION = 'cti-housing';
const FILES = ['courses.csv', 'measurements.csv', 'costs.csv', 'contacts.csv', 'focus_areas.csv'];

describe.each(testDatabases())('report endpoints on $name PostgreSQL', ({ url }) => {
  let app: INestApplication;
  let token: string;
  const asEvaluator = (path: string) => request(app.getHttpServer()).get(path).set('Authorization', `Bearer ${token}`);

  beforeAll(async () => {
    await resetDatabase(url);
    app = await createApp({ databaseUrl: url, warmReports: false, demoData: false, jwtSecret: 'r'.repeat(40) }, false);
    await app.init();
    const password = 'a long evaluator passphrase';
    await app.get(UsersService).create({ username: 'eva', role: 'evaluator', password });
    token = (await request(app.getHttpServer()).post('/api/auth/login').send({ username: 'eva', password }).expect(200)).body.accessToken;
    // the evaluator who creates an evaluation by importing into it becomes its member
    let upload = request(app.getHttpServer()).post(`/api/imports?evaluation=${EVALUATION}`).set('Authorization', `Bearer ${token}`);
    for (const f of FILES) upload = upload.attach('files', readFileSync(join(SAMPLE, f)), f);
    const imported = await upload.expect(200);
    expect(imported.body.counts.courses.inBundle).toBe(151);
  });
  afterAll(async () => app?.close());

  it('GET /api/reports/:evaluation agrees with the R reference in every figure', async () => {
    const res = await asEvaluator(`/api/reports/${EVALUATION}?bootstrap=0&discountRate=0`).expect(200);
    const reference = JSON.parse(readFileSync(join(SAMPLE, 'reference.json'), 'utf8'));
    const { compared, mismatches } = compareWithReference(reference, res.body);
    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThan(1000);
  });

  it('GET /api/reports/:evaluation/summary says the primary result in both languages, by name, from the same report', async () => {
    const report = (await asEvaluator(`/api/reports/${EVALUATION}?bootstrap=0`).expect(200)).body;
    const res = await asEvaluator(`/api/reports/${EVALUATION}/summary?bootstrap=0`).expect(200);
    const primary = report.comparison.find((c: { role: string }) => c.role === 'primary');
    expect(res.body.snapshot).toBe(report.metadata.snapshot.id);
    expect(res.body.en[0]).toContain(`Primary outcome: WEMWBS total (mental wellbeing) at 9 months, CTI − control adjusted for baseline (ANCOVA) ${primary.ancova_estimate.toFixed(2)}`);
    expect(res.body.da[0]).toContain('Primært effektmål: WEMWBS i alt (mentalt velbefindende)');
    expect(res.body.da).toHaveLength(res.body.en.length);
  });

  it('serves a section as JSON, CSV, Arrow IPC and Parquet with the same figures', async () => {
    const json = await asEvaluator(`/api/reports/${EVALUATION}/costs?bootstrap=0`).expect(200);
    expect(json.body.costs[0].mean_cost.cti).toBeCloseTo(56813.9789473684, 6);

    const csv = await asEvaluator(`/api/reports/${EVALUATION}/descriptives?format=csv&bootstrap=0`).expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const [header, first] = csv.text.trim().split('\n');
    expect(header.split(',').slice(0, 6)).toEqual(['outcome', 'arm', 'timepoint', 'n', 'mean', 'sd']);
    expect(first).toMatch(/^[a-z_]+,(cti|control),baseline,\d+,/);

    const arrow = await asEvaluator(`/api/reports/${EVALUATION}/descriptives?format=arrow&bootstrap=0`).buffer(true).parse(binary).expect(200);
    const table = tableFromIPC(arrow.body as Buffer);
    const row = table.toArray().find((r) => r.outcome === 'wemwbs_total' && r.arm === 'cti' && r.timepoint === 'baseline');
    expect(row.n).toBe(87);
    expect(row.mean).toBeCloseTo(40.8505747126437, 9);

    const parquet = await asEvaluator(`/api/reports/${EVALUATION}/descriptives?format=parquet&bootstrap=0`).buffer(true).parse(binary).expect(200);
    expect((parquet.body as Buffer).subarray(0, 4).toString()).toBe('PAR1');
  });

  it('makes the bootstrap reproducible through the API: the same seed gives the same curve', async () => {
    const a = await asEvaluator(`/api/reports/${EVALUATION}/acceptability?bootstrap=200&seed=42`).expect(200);
    const b = await asEvaluator(`/api/reports/${EVALUATION}/acceptability?bootstrap=200&seed=42`).expect(200);
    expect(a.body.acceptability.length).toBeGreaterThan(10);
    expect(b.body.acceptability).toEqual(a.body.acceptability);
  });

  it('serves a repeated report from the cache, and stops a computation whose client has gone', async () => {
    const cache = app.get(ReportCache);
    await asEvaluator(`/api/reports/${EVALUATION}/costs?bootstrap=0`).expect(200);
    const computeSpy = jest.spyOn(AnalyticsEngine.prototype, 'report');
    await asEvaluator(`/api/reports/${EVALUATION}/descriptives?bootstrap=0`).expect(200);
    await asEvaluator(`/api/reports/${EVALUATION}/charts/costs?bootstrap=0`).expect(200);
    expect(computeSpy).not.toHaveBeenCalled();

    const entries = cache.stats().entries;
    await new Promise<void>((listening) => (app.getHttpServer().listening ? listening() : app.getHttpServer().listen(0, '127.0.0.1', listening)));
    const { port } = app.getHttpServer().address() as AddressInfo;
    const client = httpRequest({ host: '127.0.0.1', port, path: `/api/reports/${EVALUATION}?bootstrap=20000&seed=4242`, headers: { Authorization: `Bearer ${token}` } });
    client.on('error', () => undefined);
    client.end();
    while (computeSpy.mock.results.length === 0) await new Promise((resolve) => setImmediate(resolve));
    client.destroy();
    await expect(computeSpy.mock.results[0].value).rejects.toThrow('the client closed the request');
    expect(cache.stats()).toMatchObject({ entries, computing: 0 });
    computeSpy.mockRestore();
  });

  it('audits every read, a 304 for an unchanged If-None-Match too', async () => {
    const reads = async () => ((await app.get(AuditService).search({ actor: 'eva', action: 'report.read' })).filter((r) => r.target === 'report')).length;
    const before = await reads();
    const first = await asEvaluator(`/api/reports/${EVALUATION}?bootstrap=0`).set('Accept-Encoding', 'gzip').expect(200);
    expect(first.headers).toMatchObject({ 'content-encoding': 'gzip', etag: expect.stringMatching(/^"[\w-]+-gzip"$/) });
    const again = await asEvaluator(`/api/reports/${EVALUATION}?bootstrap=0`).set('Accept-Encoding', 'gzip').set('If-None-Match', first.headers.etag).expect(304);
    expect(again.text ?? '').toBe('');
    // another encoding is another entity: the plain body with its own tag
    const plain = await asEvaluator(`/api/reports/${EVALUATION}?bootstrap=0`).set('Accept-Encoding', 'identity').set('If-None-Match', first.headers.etag).expect(200);
    expect(plain.headers.etag).not.toBe(first.headers.etag);
    expect(await reads()).toBe(before + 3);
  });
});

function binary(res: request.Response, done: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}
