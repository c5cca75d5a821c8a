import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { DomainError, type AccessScope } from '@cti/domain';

/**
 * The caller's AccessScope, set on the request by the global AccessGuard. There is no fallback: a handler that asks
 * for a scope on a route the guard did not authenticate (e.g. a @Public one) gets 401, never the system's authority.
 */
export const CurrentScope = createParamDecorator((_data: unknown, ctx: ExecutionContext): AccessScope => {
  const request = ctx.switchToHttp().getRequest<{ accessScope?: AccessScope }>();
  if (!request.accessScope) throw new DomainError('unauthenticated', 'auth.required');
  return request.accessScope;
});
