import { DomainError } from '@cti/domain';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ACCESS_OPTIONS, accessTokenTtl, type AccessOptions } from '../access-options';
import { resolveJwtSecret } from './jwt-secret';

interface AccessTokenClaims {
  sub: string;
  role: string;
  exp?: number;
}

/** Verified tokens remembered (a signature check per request is most of the guard's CPU under load); forged ones never are. */
const MAX_REMEMBERED = 10_000;

const AUDIENCE = 'cti-outcomes-api';
const ISSUER = 'cti-outcomes';

/** Short-lived signed access tokens (HS256 JWT). The user is re-read on every request, so disabling takes effect at once. */
@Injectable()
export class AccessTokenService {
  private jwt?: JwtService;
  private readonly verified = new Map<string, { userId: number; expiresMs: number }>();
  readonly ttlSeconds: number;

  constructor(@Inject(ACCESS_OPTIONS) private readonly options: AccessOptions) {
    this.ttlSeconds = accessTokenTtl(options);
  }

  // Resolved on first use, so CLI commands that never sign a token never touch the key.
  private service(): JwtService {
    this.jwt ??= new JwtService({
      secret: this.options.jwtSecret ?? resolveJwtSecret(),
      signOptions: { algorithm: 'HS256', expiresIn: this.ttlSeconds, audience: AUDIENCE, issuer: ISSUER },
      verifyOptions: { algorithms: ['HS256'], audience: AUDIENCE, issuer: ISSUER },
    });
    return this.jwt;
  }

  sign(user: { id: number; role: string }): string {
    return this.service().sign({ sub: String(user.id), role: user.role } satisfies AccessTokenClaims);
  }

  /**
   * The user id the token was issued to; 401 when it is forged, expired or malformed. A token is a pure function of
   * the key, so one that verified is remembered until it expires (the user is still re-read on every request).
   */
  verify(token: string): number {
    const known = this.verified.get(token);
    if (known && Date.now() < known.expiresMs) return known.userId;
    this.verified.delete(token);
    let claims: AccessTokenClaims;
    let id: number;
    try {
      claims = this.service().verify<AccessTokenClaims>(token);
      id = Number(claims.sub);
      if (!Number.isInteger(id)) throw new Error('bad subject');
    } catch {
      throw new DomainError('unauthenticated', 'auth.invalid_access_token');
    }
    if (this.verified.size >= MAX_REMEMBERED) this.verified.clear();
    this.verified.set(token, { userId: id, expiresMs: (claims.exp ?? 0) * 1000 });
    return id;
  }
}
