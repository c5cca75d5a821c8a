import { appConfig } from '@cti/config';

export const ACCESS_OPTIONS = Symbol('ACCESS_OPTIONS');

export interface AccessOptions {
  /** The access-token signing key; by default resolveJwtSecret() (CTI_JWT_SECRET, else a key kept in CTI_DATA_DIR). */
  jwtSecret?: string;
  /** Lifetime of an access token in seconds; default CTI_ACCESS_TOKEN_TTL or 900 (15 minutes). */
  accessTokenTtlSeconds?: number;
}

export function accessTokenTtl(options: AccessOptions): number {
  return options.accessTokenTtlSeconds ?? appConfig().CTI_ACCESS_TOKEN_TTL;
}
