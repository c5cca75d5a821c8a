import './login-limit-env';
import { request as httpRequest } from 'node:http';
import type { AddressInfo, Server } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { UsersService } from '@cti/access';
import { openApiApp } from '@cti/testing/api-app';
import { testDatabases } from '@cti/testing/databases';
import { LOGIN_ACCOUNT_RATE_LIMIT, LOGIN_RATE_LIMIT } from './rate-limits';

const PASSWORD = 'a long and unguessable sentence';

/** A login sent from another loopback address (127.0.0.2), as a user elsewhere would. */
function loginFrom(server: Server, localAddress: string, username: string, password: string): Promise<number> {
  const body = JSON.stringify({ username, password });
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: (server.address() as AddressInfo).port, localAddress, method: 'POST', path: '/api/auth/login', headers: { 'content-type': 'application/json' } },
      (res) => (res.resume(), res.on('end', () => resolve(res.statusCode ?? 0))),
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('login is throttled per account as well as per address', () => {
  const [db] = testDatabases();
  let app: INestApplication;
  let server: Server;
  const login = (username: string, password: string) => request(server).post('/api/auth/login').send({ username, password });

  beforeAll(async () => {
    app = await openApiApp(db.url, { demoData: false });
    server = (app.getHttpServer() as Server).listen(0, '127.0.0.1');
    for (const username of ['target', 'bystander']) await app.get(UsersService).create({ username, role: 'agency', password: PASSWORD });
  });
  afterAll(async () => {
    server?.close();
    await app?.close();
  });

  it('refuses the guessing address for that account, while its owner elsewhere still signs in, only slowed', async () => {
    expect([LOGIN_RATE_LIMIT, LOGIN_ACCOUNT_RATE_LIMIT]).toEqual([1000, 4]);
    const statuses: number[] = [];
    for (let i = 0; i <= LOGIN_ACCOUNT_RATE_LIMIT; i++) statuses.push((await login('target', `guess ${i}`)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    // from the guessing address the right password does not get through either, however the name is written
    expect((await login('target', PASSWORD)).status).toBe(429);
    expect((await login(' TARGET ', PASSWORD)).status).toBe(429);
    expect((await login('bystander', PASSWORD)).status).toBe(200);
    // the owner, from another address, is let in: failures beyond the limit delay an attempt, they never lock the account
    const started = Date.now();
    expect(await loginFrom(server, '127.0.0.2', 'target', PASSWORD)).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(240);
    // and the success clears the delay
    const again = Date.now();
    expect(await loginFrom(server, '127.0.0.2', 'target', PASSWORD)).toBe(200);
    expect(Date.now() - again).toBeLessThan(240 + 2_000);
  });

  it('counts failures only: many sign-ins of one account from one address are never refused', async () => {
    for (let i = 0; i < LOGIN_ACCOUNT_RATE_LIMIT * 2; i++) expect((await login('bystander', PASSWORD)).status).toBe(200);
  });
});
