import { Injectable } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerRequest } from '@nestjs/throttler';
import type { Request } from 'express';
import { LOGIN_ACCOUNT_RATE_LIMIT } from './rate-limits';

/**
 * Login attempts are counted per client address (the route's @Throttle limit) and, separately, per account: guessing
 * one user's password from many addresses is slowed as much as guessing from one address.
 */
@Injectable()
export class LoginThrottlerGuard extends ThrottlerGuard {
  protected override async handleRequest(props: ThrottlerRequest): Promise<boolean> {
    await super.handleRequest(props);
    const account = (req: Record<string, unknown>): Promise<string> => {
      const username = ((req as unknown as Request).body as { username?: unknown } | undefined)?.username;
      return Promise.resolve(`account:${typeof username === 'string' ? username.trim().toLowerCase() : ''}`);
    };
    return super.handleRequest({ ...props, limit: LOGIN_ACCOUNT_RATE_LIMIT, getTracker: account });
  }
}
