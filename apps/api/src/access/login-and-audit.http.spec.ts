import type { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import request from 'supertest';
import { UsersService } from '@cti/access';
import { openApiApp } from '@cti/testing/api-app';
import { testDatabases } from '@cti/testing/databases';
import { LOGIN_RATE_LIMIT } from '../auth/rate-limits';

const PASSWORD = 'correct horse battery staple';

describe.each(testDatabases())('sign-in, tokens and the audit trail on $name PostgreSQL', ({ url }) => {
  let app: INestApplication;
  const http = () => request(app.getHttpServer());
  const login = (username: string, password: string) => http().post('/api/auth/login').send({ username, password });
  const tokenOf = async (username: string) => (await login(username, PASSWORD).expect(200)).body.accessToken as string;
  const audit = async (admin: string, query: string) => (await http().get(`/api/admin/audit?${query}`).set('Authorization', `Bearer ${admin}`).expect(200)).body as Record<string, unknown>[];

  beforeAll(async () => {
    app = await openApiApp(url);
    const users = app.get(UsersService);
    await users.create({ username: 'auditor', role: 'admin', password: PASSWORD });
    await users.create({ username: 'aalborg', role: 'municipality', municipalityCode: 851, password: PASSWORD });
    await users.create({ username: 'agency', role: 'agency', password: PASSWORD });
  });
  afterAll(async () => app?.close());

  it('signs in with the contract the web pages use, and sends security headers', async () => {
    const res = await login('aalborg', PASSWORD).expect(200);
    expect(res.body).toEqual({ accessToken: expect.any(String), expiresIn: 900, user: { username: 'aalborg', role: 'municipality', municipalityCode: 851 } });
    expect(res.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'content-security-policy': expect.stringContaining("default-src 'self'") });
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('refuses a wrong password or unknown user alike, a forged token, and a body that is not a login', async () => {
    expect((await login('aalborg', 'wrong password!').expect(401)).body.message).toBe('wrong user name or password');
    expect((await login('nobody', PASSWORD).expect(401)).body.message).toBe('wrong user name or password');
    await http().get('/api/auth/me').set('Authorization', 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.').expect(401);
    const bad = await http().post('/api/auth/login').send({ username: 'aalborg', password: PASSWORD, role: 'admin' }).expect(400);
    expect(JSON.stringify(bad.body)).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  });

  it('issues API tokens that act as the user, and stop at once when the user is disabled', async () => {
    const agency = await tokenOf('agency');
    const created = await http().post('/api/auth/tokens').set('Authorization', `Bearer ${agency}`).send({ name: 'script' }).expect(201);
    expect(created.body.token).toMatch(/^cti_/);
    await http().get('/api/auth/me').set('Authorization', `Bearer ${created.body.token}`).expect(200, /"role":"agency"/);
    const admin = await tokenOf('auditor');
    await http().patch('/api/admin/users/agency').set('Authorization', `Bearer ${admin}`).send({ disabled: true }).expect(200);
    await http().get('/api/auth/me').set('Authorization', `Bearer ${created.body.token}`).expect(401);
    await http().get('/api/auth/me').set('Authorization', `Bearer ${agency}`).expect(401);
    await http().patch('/api/admin/users/agency').set('Authorization', `Bearer ${admin}`).send({ disabled: false }).expect(200);
  });

  it('records logins, reads, refusals and changes, and lets an admin search them', async () => {
    const aalborg = await tokenOf('aalborg');
    await http().get('/api/reports/default/descriptives?format=csv').set('Authorization', `Bearer ${aalborg}`).expect(200);
    await http().get('/api/reports/default?municipality=253').set('Authorization', `Bearer ${aalborg}`).expect(403);
    const admin = await tokenOf('auditor');
    const mine = await audit(admin, 'actor=aalborg');
    expect(mine.map((r) => [r.action, r.outcome, r.municipalityCode])).toEqual(expect.arrayContaining([
      ['login', 'ok', null], ['export.csv', 'ok', 851], ['report.read', 'denied', 253],
    ]));
    expect(mine.find((r) => r.action === 'export.csv')).toMatchObject({ evaluation: 'default', target: 'descriptives', role: 'municipality', origin: expect.stringMatching(/^api /) });
    expect(await audit(admin, 'action=login&outcome=failed')).toEqual(expect.arrayContaining([expect.objectContaining({ actor: 'anonymous', target: 'nobody' })]));
    expect(await audit(admin, 'action=user.update')).toHaveLength(2);
    expect(await audit(admin, 'action=import&actor=system:demo-data')).toEqual([expect.objectContaining({ evaluation: 'default', outcome: 'ok' })]);
  });

  it('proves the hash chain of everything written so far intact, to an admin', async () => {
    const admin = await tokenOf('auditor');
    const verdict = (await http().get('/api/admin/audit/verify').set('Authorization', `Bearer ${admin}`).expect(200)).body;
    expect(verdict).toEqual({ intact: true, rows: expect.any(Number), headHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(verdict.rows).toBeGreaterThan(5);
  });

  it('keeps the audit table append-only, even for the database owner', async () => {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      await expect(client.query("UPDATE audit_event SET actor = 'someone else'")).rejects.toThrow(/append-only/);
      await expect(client.query('DELETE FROM audit_event')).rejects.toThrow(/append-only/);
      await expect(client.query('TRUNCATE audit_event')).rejects.toThrow(/append-only/);
    } finally {
      await client.end();
    }
  });

  it('limits login attempts per address and minute', async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= LOGIN_RATE_LIMIT; i++) statuses.push((await login('aalborg', 'guess number ' + i)).status);
    expect(statuses).toContain(429);
    expect((await login('aalborg', PASSWORD)).status).toBe(429);
  });
});
