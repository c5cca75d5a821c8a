import { Body, Controller, Delete, Get, HttpCode, Param, Post, Req, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import type { Request } from 'express';
import { DomainError, ROLES, type AccessScope } from '@cti/domain';
import { AccessTokenService, actorOnlyScope, ApiTokenService, requestOrigin, UsersService } from '@cti/access';
import { AuditService } from '@cti/audit';
import { Public, Roles } from '../common/access.decorators';
import { IdPipe } from '../common/path-params';
import { CurrentScope } from '../common/current-scope.decorator';
import { LoginDto, NewApiTokenDto, type LoginResponse } from './login.dto';
import { LoginResponseDto, MeDto, NewApiTokenResponseDto } from './auth.responses';
import { LoginAttempts, loginAccount } from './login-attempts';
import { LOGIN_RATE_LIMIT, RATE_WINDOW_MS } from './rate-limits';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly users: UsersService,
    private readonly accessTokens: AccessTokenService,
    private readonly apiTokens: ApiTokenService,
    private readonly audit: AuditService,
    private readonly attempts: LoginAttempts,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @UseGuards(ThrottlerGuard)
  @Throttle({ default: { limit: LOGIN_RATE_LIMIT, ttl: RATE_WINDOW_MS } })
  @ApiOkResponse({ description: 'A short-lived access token; send it as Authorization: Bearer <accessToken>.', type: LoginResponseDto })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts from this address, or too many failures for this account from this address; wait a minute.' })
  async login(@Body() body: LoginDto, @Req() request: Request): Promise<LoginResponse> {
    // failures are counted per account (a back-off delay) and per account and address (a refusal): see LoginAttempts
    const account = loginAccount(body.username);
    const address = request.ip ?? 'unknown';
    if (this.attempts.refused(account, address)) throw new DomainError('rate_limited', 'auth.too_many_failures');
    const delay = this.attempts.delayMs(account);
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    const user = await this.users.authenticate(body.username, body.password);
    const origin = requestOrigin(request);
    if (!user) {
      this.attempts.failed(account, address);
      await this.audit.record(actorOnlyScope({ id: null, username: 'anonymous', role: 'system' }, origin), { action: 'login', outcome: 'failed', target: body.username });
      throw new DomainError('unauthenticated', 'auth.wrong_credentials');
    }
    this.attempts.succeeded(account, address);
    await this.audit.record(actorOnlyScope(user, origin), { action: 'login' });
    return {
      accessToken: this.accessTokens.sign(user),
      expiresIn: this.accessTokens.ttlSeconds,
      user: { username: user.username, role: user.role, municipalityCode: user.municipalityCode },
    };
  }

  @Get('me')
  @Roles(...ROLES)
  @ApiOkResponse({ description: 'Who you are and what you may see.', type: MeDto })
  me(@CurrentScope() scope: AccessScope): MeDto {
    const { userId, actor, role, municipalityCodes, evaluationSlugs, registerReads, registerWrites, rowLevel, suppressSmallCells } = scope;
    return { userId, username: actor, role, municipalityCodes, evaluationSlugs, registerReads, registerWrites, rowLevel, suppressSmallCells };
  }

  @Post('tokens')
  @Roles(...ROLES)
  @ApiCreatedResponse({ description: 'A long-lived API token for scripts, shown this once; it acts with your role and scope.', type: NewApiTokenResponseDto })
  async createToken(@CurrentScope() scope: AccessScope, @Body() body: NewApiTokenDto): Promise<NewApiTokenResponseDto> {
    const created = await this.apiTokens.create(scope.userId!, body.name, body.expiresInDays);
    await this.audit.record(scope, { action: 'token.create', target: `api_token ${created.id}`, detail: { name: body.name, expiresAt: created.expiresAt } });
    return created;
  }

  @Delete('tokens/:id')
  @Roles(...ROLES)
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Your token is revoked: it no longer signs in.' })
  async revokeToken(@CurrentScope() scope: AccessScope, @Param('id', IdPipe) id: number): Promise<void> {
    if (!(await this.apiTokens.revoke(scope.userId!, id))) throw new DomainError('not_found', 'token.not_found', { id });
    await this.audit.record(scope, { action: 'token.revoke', target: `api_token ${id}` });
  }
}
