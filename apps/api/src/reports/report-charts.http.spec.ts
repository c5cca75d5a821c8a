// Charts over HTTP: the same roles, scope and suppression as the report; Vega-Lite JSON or SVG; names and choices validated.
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { openApiApp, userWithToken } from '@cti/testing/api-app';
import { testDatabases } from '@cti/testing/databases';

const CHARTS = '/api/reports/default/charts';

describe.each(testDatabases())('chart endpoint on $name PostgreSQL', ({ url }) => {
  let app: INestApplication;
  let agency: string;
  let aalborg: string;
  const get = (token: string, path: string) => request(app.getHttpServer()).get(path).set('Authorization', `Bearer ${token}`);

  beforeAll(async () => {
    app = await openApiApp(url);
    agency = await userWithToken(app, { username: 'chart-agency', role: 'agency' });
    aalborg = await userWithToken(app, { username: 'chart-aalborg', role: 'municipality', municipalityCode: 851 });
  });
  afterAll(async () => app?.close());

  it('serves a chart as Vega-Lite JSON by default, and as SVG', async () => {
    const json = await get(agency, `${CHARTS}/progression?outcome=sds_total&bootstrap=0`).expect(200);
    expect(json.headers['content-type']).toMatch(/^application\/json/);
    expect(json.body.$schema).toMatch(/vega-lite\/v6/);
    expect(JSON.stringify(json.body.layer)).toContain('SDS total (higher = more impaired)');

    const svg = await get(agency, `${CHARTS}/comparison?format=svg&bootstrap=0`).buffer(true).parse(text).expect(200);
    expect(svg.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(svg.body).toMatch(/^<svg/);
    expect(svg.body).toContain('CTI versus control: ANCOVA estimates');
  });

  it('draws a municipality user’s chart from its own report, suppressed', async () => {
    const res = await get(aalborg, `${CHARTS}/costs?bootstrap=0&format=vega-lite`).expect(200);
    expect(res.body.title.subtitle.join(' ')).toMatch(/municipality 851 · cells under 5 citizens withheld/);
    await get(aalborg, `${CHARTS}/costs?bootstrap=0&municipality=253`).expect(403);
  });

  it('answers a clear 400 for an unknown chart, format, outcome or choice', async () => {
    const chart = await get(agency, `${CHARTS}/pie`).expect(400);
    expect(chart.body.message).toMatch(/chart must be one of progression, comparison, ce-plane, ceac, recovery-star-ladder, costs, municipality-costs, phase-lengths, intensity/);
    await get(agency, `${CHARTS}/costs?format=png`).expect(400);
    await get(agency, `${CHARTS}/recovery-star-ladder?arm=both`).expect(400);
    const outcome = await get(agency, `${CHARTS}/progression?outcome=nothing_here&bootstrap=0`).expect(400);
    expect(outcome.body.message).toMatch(/unknown outcome 'nothing_here'/);
  });
});

function text(res: request.Response, done: (err: Error | null, body: string) => void): void {
  let body = '';
  res.setEncoding('utf8');
  res.on('data', (chunk: string) => (body += chunk));
  res.on('end', () => done(null, body));
}
