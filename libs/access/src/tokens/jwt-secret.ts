import { Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { appConfig, type AppConfig } from '@cti/config';

const SECRET_FILE = 'jwt-secret';

/**
 * The key that signs access tokens: CTI_JWT_SECRET (at least 32 characters) when set. Otherwise, so `npm start` works
 * on a fresh machine, a random key generated once and kept in CTI_DATA_DIR (mode 0600), with a warning; never a
 * built-in default.
 */
export function resolveJwtSecret(config: Pick<AppConfig, 'CTI_JWT_SECRET' | 'CTI_DATA_DIR'> = appConfig()): string {
  if (config.CTI_JWT_SECRET) return config.CTI_JWT_SECRET; // its length is checked with the rest of the configuration
  const dir = resolve(config.CTI_DATA_DIR);
  const file = join(dir, SECRET_FILE);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  new Logger('Auth').warn(`CTI_JWT_SECRET is not set: generated a signing key in ${file}. Set CTI_JWT_SECRET in production.`);
  return secret;
}
