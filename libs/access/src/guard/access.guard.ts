import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { DomainError, type AccessScope } from '@cti/domain';
import { AuditService } from '@cti/audit';
import { actorOnlyScope } from '../scope/scope-for-user';
import { ScopeService } from '../scope/scope.service';
import { ACCESS_DECISION, type AccessDecision } from './access-decision';

export type ScopedRequest = Request & { accessScope?: AccessScope };

export function requestOrigin(request: Request): string {
  return `api ${request.ip ?? 'unknown'}`;
}

/** The method and path of a request, without its query string (query values may hold pseudonyms; they are never recorded). */
export function requestRoute(request: Request): string {
  return `${request.method} ${request.originalUrl.split('?')[0]}`;
}

/**
 * The global guard: default-deny. A route runs only with an explicit decision (@Public or @Roles); a @Roles route
 * needs a valid bearer token of a permitted role, and gets the caller's AccessScope on `request.accessScope`.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly scopes: ScopeService,
    private readonly audit: AuditService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const decision = this.reflector.getAllAndOverride<AccessDecision | undefined>(ACCESS_DECISION, [context.getHandler(), context.getClass()]);
    if (!decision) throw new DomainError('forbidden', 'access.no_decision');
    if (decision.kind === 'public') return true;
    const request = context.switchToHttp().getRequest<ScopedRequest>();
    const scope = await this.authenticate(request);
    request.accessScope = scope;
    if (scope.role === 'system' || !decision.roles.includes(scope.role)) {
      await this.audit.record(scope, { action: 'access.denied', outcome: 'denied', target: requestRoute(request) });
      throw new DomainError('forbidden', 'access.role_forbidden', { role: scope.role });
    }
    return true;
  }

  /** The caller's scope; a token that is sent but forged, expired, revoked or of a disabled user is an audited authentication failure. */
  private async authenticate(request: ScopedRequest): Promise<AccessScope> {
    const origin = requestOrigin(request);
    try {
      return await this.scopes.fromAuthorization(request.headers.authorization, origin);
    } catch (e) {
      // no Authorization header at all is not an attempt to authenticate (a signed-out page, a probe), so it is not recorded
      if (e instanceof DomainError && e.kind === 'unauthenticated' && request.headers.authorization !== undefined) {
        await this.audit.record(actorOnlyScope({ id: null, username: 'anonymous', role: 'system' }, origin), {
          action: 'auth.failed', outcome: 'failed', target: requestRoute(request), detail: { reason: e.message },
        });
      }
      throw e;
    }
  }
}
