import type { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { AccessTokenService, UsersService } from '@cti/access';
import { createApp } from '../../apps/api/src/app.factory';
import type { AppOptions } from '../../apps/api/src/app.module';
import { resetDatabase } from './reset-database';

/** The HTTP application on a freshly emptied test database, initialised (so the demo cohort is loaded unless turned off). */
export async function openApiApp(url: string, options: Omit<AppOptions, 'databaseUrl'> = {}): Promise<INestApplication> {
  await resetDatabase(url);
  const app = await createApp({ demoData: true, warmReports: false, jwtSecret: randomBytes(32).toString('hex'), ...options, databaseUrl: url }, false);
  await app.init();
  return app;
}

/** A user and an access token for it, without going through the (rate-limited) login route. */
export async function userWithToken(
  app: INestApplication,
  user: { username: string; role: 'admin' | 'evaluator' | 'agency' | 'municipality'; municipalityCode?: number },
): Promise<string> {
  const created = await app.get(UsersService).create({ ...user, password: randomBytes(18).toString('base64url') });
  return app.get(AccessTokenService).sign(created);
}
