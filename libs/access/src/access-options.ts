export const ACCESS_OPTIONS = Symbol('ACCESS_OPTIONS');

export interface AccessOptions {
  /** The access-token signing key; by default resolveJwtSecret() (CTI_JWT_SECRET, else a key kept in CTI_DATA_DIR). */
  jwtSecret?: string;
  /** Lifetime of an access token in seconds; default CTI_ACCESS_TOKEN_TTL or 900 (15 minutes). */
  accessTokenTtlSeconds?: number;
}

export function accessTokenTtl(options: AccessOptions, env: NodeJS.ProcessEnv = process.env): number {
  const ttl = options.accessTokenTtlSeconds ?? Number(env.CTI_ACCESS_TOKEN_TTL ?? 900);
  if (!Number.isInteger(ttl) || ttl < 30 || ttl > 24 * 3600) throw new Error('CTI_ACCESS_TOKEN_TTL must be whole seconds from 30 to 86400');
  return ttl;
}
