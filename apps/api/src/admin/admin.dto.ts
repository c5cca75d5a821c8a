import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, Length, Matches, Max, Min, ValidateIf } from 'class-validator';
import { EVALUATION_SLUG, ROLES, type Role } from '@cti/domain';
import { MIN_PASSWORD_LENGTH, USERNAME_PATTERN } from '@cti/access';
import { MunicipalityQuery } from '../common/municipality-query.decorator';

export class NewUserDto {
  @ApiProperty({ example: 'jens.aalborg' })
  @Matches(USERNAME_PATTERN, { message: 'username: 2–63 lower-case letters, digits, dots, hyphens or underscores' })
  username: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role: Role;

  @ApiPropertyOptional({ description: 'Required for (and only for) the municipality role.', example: 851 })
  @ValidateIf((o: NewUserDto) => o.role === 'municipality' || o.municipalityCode !== undefined)
  @IsInt()
  @Min(100)
  @Max(999)
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

  @ApiPropertyOptional({ enum: ROLES, description: 'A new role; leaving the evaluator role drops its memberships. The last active admin keeps the role.' })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ description: 'With role municipality (and only then): its 3-digit code.', example: 851 })
  @ValidateIf((o: UserPatchDto) => o.role === 'municipality' || o.municipalityCode !== undefined)
  @IsInt()
  @Min(100)
  @Max(999)
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

  @ApiPropertyOptional({ enum: ['ok', 'denied', 'failed'] })
  @IsOptional()
  @IsIn(['ok', 'denied', 'failed'])
  outcome?: 'ok' | 'denied' | 'failed';

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(EVALUATION_SLUG)
  evaluation?: string;

  @MunicipalityQuery('Events about this municipality.')
  municipality?: number;

  @ApiPropertyOptional({ description: 'From this time (ISO 8601).' })
  @IsOptional()
  @IsISO8601()
  from?: string;

  @ApiPropertyOptional({ description: 'Before this time (ISO 8601).' })
  @IsOptional()
  @IsISO8601()
  to?: string;

  @ApiPropertyOptional({ description: 'Only events older than this id (next page).' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  beforeId?: number;

  @ApiPropertyOptional({ default: 100, maximum: 1000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;
}

export class UserSummaryDto {
  @ApiProperty() id: number;
  @ApiProperty() username: string;
  @ApiProperty({ enum: ROLES }) role: string;
  @ApiProperty({ type: 'integer', nullable: true }) municipalityCode: number | null;
  @ApiProperty() disabled: boolean;
  @ApiProperty({ type: [String], description: 'Evaluations the user is a member of.' }) evaluations: string[];
}
