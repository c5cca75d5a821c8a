import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsISO8601, IsOptional, IsString, Length, Matches, Max, Min, ValidateIf } from 'class-validator';
import { EVALUATION_SLUG, ROLES, type Role } from '@cti/domain';
import { MIN_PASSWORD_LENGTH, USERNAME_PATTERN, type UserSummary } from '@cti/access';
import { MunicipalityField, OneOfField, WholeNumberField } from '../common/field.decorators';

/** A user's municipality code: checked when the role is municipality or a code is given (a JSON number, not converted). */
const MunicipalityOfRole = (description: string) =>
  applyDecorators(
    ApiPropertyOptional({ description, example: 851 }),
    Max(999),
    Min(100),
    IsInt(),
    ValidateIf((o: { role?: Role; municipalityCode?: number }) => o.role === 'municipality' || o.municipalityCode !== undefined),
  );

export class NewUserDto {
  @ApiProperty({ example: 'jens.aalborg' })
  @Matches(USERNAME_PATTERN, { message: 'username: 2–63 lower-case letters, digits, dots, hyphens or underscores' })
  username: string;

  @OneOfField(ROLES)
  role: Role;

  @MunicipalityOfRole('Required for (and only for) the municipality role.')
  municipalityCode?: number;

  @ApiProperty({ format: 'password', minLength: MIN_PASSWORD_LENGTH })
  @IsString()
  @Length(MIN_PASSWORD_LENGTH, 1024)
  password: string;
}

export class UserPatchDto {
  @ApiPropertyOptional({ description: 'A disabled user can no longer sign in, and its tokens stop working at once.' })
  @IsOptional()
  @IsBoolean()
  disabled?: boolean;

  @OneOfField(ROLES, { description: 'A new role; leaving the evaluator role drops its memberships. The last active admin keeps the role.' }, true)
  role?: Role;

  @MunicipalityOfRole('With role municipality (and only then): its 3-digit code.')
  municipalityCode?: number;
}

export class TokenQueryDto {
  @ApiPropertyOptional({ description: 'Only this user’s tokens.' })
  @IsOptional()
  @Matches(USERNAME_PATTERN)
  username?: string;
}

export class AuditQueryDto {
  @ApiPropertyOptional({ description: 'User name (or cli:<os user>, system:…, anonymous).' })
  @IsOptional()
  @IsString()
  @Length(1, 120)
  actor?: string;

  @ApiPropertyOptional({ description: 'Action, or its prefix: report, report.read, export, import, login, user, access.denied …' })
  @IsOptional()
  @Matches(/^[a-z_.]{1,60}$/)
  action?: string;

  @OneOfField(['ok', 'denied', 'failed'], {}, true)
  outcome?: 'ok' | 'denied' | 'failed';

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(EVALUATION_SLUG)
  evaluation?: string;

  @MunicipalityField('Events about this municipality.')
  municipality?: number;

  @ApiPropertyOptional({ description: 'From this time (ISO 8601).' })
  @IsOptional()
  @IsISO8601()
  from?: string;

  @ApiPropertyOptional({ description: 'Before this time (ISO 8601).' })
  @IsOptional()
  @IsISO8601()
  to?: string;

  @WholeNumberField(1, Number.MAX_SAFE_INTEGER, { description: 'Only events older than this id (next page).' }, true)
  beforeId?: number;

  @WholeNumberField(1, 1000, { default: 100, maximum: 1000 }, true)
  limit?: number;
}

export class UserSummaryDto implements UserSummary {
  @ApiProperty() id: number;
  @ApiProperty() username: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ type: 'integer', nullable: true }) municipalityCode: number | null;
  @ApiProperty() disabled: boolean;
  @ApiProperty({ type: [String], description: 'Evaluations the user is a member of.' }) evaluations: string[];
}
