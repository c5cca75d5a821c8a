import { Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const MIN_SECRET_LENGTH = 32;
const SECRET_FILE = 'jwt-secret';

/**
 * The key that signs access tokens: CTI_JWT_SECRET (at least 32 characters) when set. Otherwise, so `npm start` works
 * on a fresh machine, a random key generated once and kept in CTI_DATA_DIR (mode 0600), with a warning; never a
 * built-in default.
 */
export function resolveJwtSecret(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.CTI_JWT_SECRET;
  if (configured !== undefined && configured !== '') {
    if (configured.length < MIN_SECRET_LENGTH) throw new Error(`CTI_JWT_SECRET must have at least ${MIN_SECRET_LENGTH} characters`);
    return configured;
  }
  const dir = resolve(env.CTI_DATA_DIR || './data');
  const file = join(dir, SECRET_FILE);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  new Logger('Auth').warn(`CTI_JWT_SECRET is not set: generated a signing key in ${file}. Set CTI_JWT_SECRET in production.`);
  return secret;
}
