import './login-limit-env';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { UsersService } from '@cti/access';
import { openApiApp } from '@cti/testing/api-app';
import { testDatabases } from '@cti/testing/databases';
import { LOGIN_ACCOUNT_RATE_LIMIT, LOGIN_RATE_LIMIT } from './rate-limits';

const PASSWORD = 'a long and unguessable sentence';

describe('login is throttled per account as well as per address', () => {
  const [db] = testDatabases();
  let app: INestApplication;
  const login = (username: string, password: string) => request(app.getHttpServer()).post('/api/auth/login').send({ username, password });

  beforeAll(async () => {
    app = await openApiApp(db.url, { demoData: false });
    for (const username of ['target', 'bystander']) await app.get(UsersService).create({ username, role: 'agency', password: PASSWORD });
  });
  afterAll(async () => app?.close());

  it('stops guessing one account after its limit, while other accounts from the same address still sign in', async () => {
    expect([LOGIN_RATE_LIMIT, LOGIN_ACCOUNT_RATE_LIMIT]).toEqual([1000, 4]);
    const statuses: number[] = [];
    for (let i = 0; i <= LOGIN_ACCOUNT_RATE_LIMIT; i++) statuses.push((await login('target', `guess ${i}`)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    // the right password does not get through either, and the account is counted however its name is written
    expect((await login('target', PASSWORD)).status).toBe(429);
    expect((await login(' TARGET ', PASSWORD)).status).toBe(429);
    expect((await login('bystander', PASSWORD)).status).toBe(200);
  });
});
