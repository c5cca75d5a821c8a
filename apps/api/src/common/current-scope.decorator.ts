import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { SYSTEM_SCOPE, type AccessScope } from '@cti/domain';

/**
 * The caller's AccessScope, set on the request by the authentication guard.
 * TEMPORARY: falls back to SYSTEM_SCOPE until the access-control work (issue 5) lands its guard; then it must refuse.
 */
export const CurrentScope = createParamDecorator((_data: unknown, ctx: ExecutionContext): AccessScope => {
  const request = ctx.switchToHttp().getRequest<{ accessScope?: AccessScope }>();
  return request.accessScope ?? SYSTEM_SCOPE;
});
