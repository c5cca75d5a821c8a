import { BadRequestException, Body, Controller, Delete, Get, HttpCode, NotFoundException, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiExtraModels, ApiNoContentResponse, ApiOkResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { DomainError, type AccessScope } from '@cti/domain';
import { ApiTokenService, EvaluationMembersService, UsersService } from '@cti/access';
import { DataSource } from 'typeorm';
import { AuditService, verifyAuditChain } from '@cti/audit';
import { Roles } from '../common/access.decorators';
import { CurrentScope } from '../common/current-scope.decorator';
import { IdPipe, SlugPipe, UsernamePipe } from '../common/path-params';
import { ApiTokenSummaryDto, AuditRowDto, BrokenAuditChainDto, IntactAuditChainDto } from './admin.responses';
import { AuditQueryDto, NewUserDto, TokenQueryDto, UserPatchDto, UserSummaryDto } from './admin.dto';

/** Users, evaluation memberships and the audit log: the admin role, and nothing else, sees these. */
@ApiTags('admin')
@Controller('admin')
@Roles('admin')
export class AdminController {
  constructor(
    private readonly users: UsersService,
    private readonly members: EvaluationMembersService,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
    private readonly tokens: ApiTokenService,
  ) {}

  @Get('users')
  @ApiOkResponse({ description: 'Every local account.', type: [UserSummaryDto] })
  listUsers(): Promise<UserSummaryDto[]> {
    return this.users.list();
  }

  @Post('users')
  @ApiCreatedResponse({ description: 'The new user (the password is never echoed).', type: UserSummaryDto })
  async createUser(@CurrentScope() scope: AccessScope, @Body() body: NewUserDto): Promise<UserSummaryDto> {
    const user = await this.users.create(body);
    await this.audit.record(scope, { action: 'user.create', target: user.username, municipalityCode: user.municipalityCode, detail: { role: user.role } });
    return user;
  }

  @Patch('users/:username')
  @ApiOkResponse({ description: 'The user after the change: disabled or enabled, or with its new role (and municipality).', type: UserSummaryDto })
  async patchUser(@CurrentScope() scope: AccessScope, @Param('username', UsernamePipe) username: string, @Body() body: UserPatchDto): Promise<UserSummaryDto> {
    if (body.disabled === undefined && body.role === undefined) throw new BadRequestException('nothing to change: give disabled, role or both');
    let user = await this.users.require(username);
    if (body.role !== undefined) {
      const before = { role: user.role, municipalityCode: user.municipalityCode };
      user = await this.users.setRole(username, body.role, body.municipalityCode);
      await this.audit.record(scope, { action: 'user.role', target: username, municipalityCode: user.municipalityCode, detail: { before, after: { role: user.role, municipalityCode: user.municipalityCode } } });
    }
    if (body.disabled !== undefined) {
      user = await this.users.setDisabled(username, body.disabled);
      await this.audit.record(scope, { action: 'user.update', target: username, detail: { disabled: body.disabled } });
    }
    return user;
  }

  @Get('tokens')
  @ApiOkResponse({ description: 'Every user’s API tokens (name, owner, dates, whether active); never the token itself.', type: [ApiTokenSummaryDto] })
  async listTokens(@CurrentScope() scope: AccessScope, @Query() query: TokenQueryDto): Promise<ApiTokenSummaryDto[]> {
    const rows = await this.tokens.list(query.username);
    await this.audit.record(scope, { action: 'token.list', target: query.username ?? 'all users', detail: { rows: rows.length } });
    return rows;
  }

  @Delete('tokens/:id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The token is revoked: it no longer signs in.' })
  async revokeToken(@CurrentScope() scope: AccessScope, @Param('id', IdPipe) id: number): Promise<void> {
    const owner = await this.tokens.revokeAny(id);
    if (!owner) throw new NotFoundException(`no active token ${id}`);
    await this.audit.record(scope, { action: 'token.revoke', target: `api_token ${id}`, detail: { owner } });
  }

  @Put('evaluations/:evaluation/members/:username')
  @HttpCode(204)
  async addMember(@CurrentScope() scope: AccessScope, @Param('evaluation', SlugPipe) slug: string, @Param('username', UsernamePipe) username: string): Promise<void> {
    await this.members.add(slug, username);
    await this.audit.record(scope, { action: 'membership.add', evaluation: slug, target: username });
  }

  @Delete('evaluations/:evaluation/members/:username')
  @HttpCode(204)
  async removeMember(@CurrentScope() scope: AccessScope, @Param('evaluation', SlugPipe) slug: string, @Param('username', UsernamePipe) username: string): Promise<void> {
    if (!(await this.members.remove(slug, username))) throw new DomainError('not_found', 'member.not_a_member', { slug, username });
    await this.audit.record(scope, { action: 'membership.remove', evaluation: slug, target: username });
  }

  @Get('audit/verify')
  @ApiExtraModels(IntactAuditChainDto, BrokenAuditChainDto)
  @ApiOkResponse({
    description: "The audit trail's hash chain checked row by row: intact, or the first row where it breaks.",
    schema: { oneOf: [{ $ref: getSchemaPath(IntactAuditChainDto) }, { $ref: getSchemaPath(BrokenAuditChainDto) }] },
  })
  async verifyAudit(@CurrentScope() scope: AccessScope): Promise<IntactAuditChainDto | BrokenAuditChainDto> {
    const verdict = await verifyAuditChain(this.dataSource);
    await this.audit.record(scope, { action: 'audit.verify', outcome: verdict.intact ? 'ok' : 'failed', detail: { rows: verdict.rows } });
    return verdict;
  }

  @Get('audit')
  @ApiOkResponse({ description: 'Audit events, newest first; page with beforeId.', type: [AuditRowDto] })
  async searchAudit(@CurrentScope() scope: AccessScope, @Query() query: AuditQueryDto): Promise<AuditRowDto[]> {
    const rows = await this.audit.search({
      actor: query.actor, action: query.action, outcome: query.outcome, evaluation: query.evaluation, municipalityCode: query.municipality,
      from: query.from ? new Date(query.from) : undefined, to: query.to ? new Date(query.to) : undefined, beforeId: query.beforeId, limit: query.limit,
    });
    // Reading the trail is itself traced: it shows who did what to whom.
    await this.audit.record(scope, { action: 'audit.read', detail: { ...query } });
    return rows;
  }
}
