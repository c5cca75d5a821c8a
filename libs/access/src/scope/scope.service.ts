import { Injectable } from '@nestjs/common';
import { DomainError, type AccessScope } from '@cti/domain';
import { AccessTokenService } from '../tokens/access-token.service';
import { API_TOKEN_PREFIX, ApiTokenService } from '../tokens/api-token.service';
import { UsersService } from '../users/users.service';
import { scopeForUser } from './scope-for-user';

const BEARER = /^Bearer ([A-Za-z0-9._~+/=-]{10,2048})$/;

/** Turns an `Authorization: Bearer …` header (access token or API token) into the caller's AccessScope, or 401. */
@Injectable()
export class ScopeService {
  private readonly reading = new Map<number, ReturnType<UsersService['activeById']>>();

  constructor(
    private readonly accessTokens: AccessTokenService,
    private readonly apiTokens: ApiTokenService,
    private readonly users: UsersService,
  ) {}

  async fromAuthorization(header: string | undefined, origin?: string): Promise<AccessScope> {
    const token = header ? BEARER.exec(header)?.[1] : undefined;
    if (!token) throw new DomainError('unauthenticated', 'auth.required');
    const userId = token.startsWith(API_TOKEN_PREFIX) ? await this.apiTokens.userFor(token) : this.accessTokens.verify(token);
    return this.forUserId(userId, origin);
  }

  async forUserId(userId: number, origin?: string): Promise<AccessScope> {
    const user = await this.activeUser(userId);
    if (!user) throw new DomainError('unauthenticated', 'auth.account_disabled');
    return scopeForUser(user, origin);
  }

  /**
   * The user as stored now. Concurrent requests of one user share one query; nothing is kept after it answers, so
   * disabling a user takes effect within one query's time (a request may join a lookup begun just before it).
   */
  private activeUser(userId: number): ReturnType<UsersService['activeById']> {
    let reading = this.reading.get(userId);
    if (!reading) {
      reading = this.users.activeById(userId).finally(() => this.reading.delete(userId));
      this.reading.set(userId, reading);
    }
    return reading;
  }
}
