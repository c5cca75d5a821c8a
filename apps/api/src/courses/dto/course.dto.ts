import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { ARMS, SEXES, TARGET_GROUPS, type Arm, type Sex, type TargetGroup } from '@cti/domain';
import { DateField } from './date-field';
import { PseudonymField } from './pseudonym-field';
import { SafeText } from './safe-text';

export class CreateCitizenDto {
  @PseudonymField('The citizen\'s pseudonym in the municipality (never a name or CPR number).')
  pseudonym: string;

  @ApiPropertyOptional({ description: 'Needed only by users who may write for several municipalities.', example: 101 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(100) @Max(999)
  municipalityCode?: number;
}

export class CreateCourseDto {
  @PseudonymField('The citizen\'s pseudonym; registered if new.')
  citizen: string;

  @ApiPropertyOptional({ description: 'Needed only by users who may write for several municipalities.', example: 101 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(100) @Max(999)
  municipalityCode?: number;

  @ApiPropertyOptional({ description: 'Your own course code; generated (F-0001, …) when absent.' })
  @IsOptional() @IsString() @Length(1, 100) @SafeText()
  courseCode?: string;

  @ApiProperty({ enum: ARMS, description: 'CTI, or ordinary support (e.g. § 85) in a comparison group.' })
  @IsIn(ARMS)
  arm: Arm;

  @ApiPropertyOptional({ enum: TARGET_GROUPS })
  @IsOptional() @IsIn(TARGET_GROUPS)
  targetGroup?: TargetGroup;

  @PseudonymField('The CTI worker\'s pseudonym.', true)
  worker?: string;

  @ApiPropertyOptional({ enum: SEXES })
  @IsOptional() @IsIn(SEXES)
  sex?: Sex;

  @ApiPropertyOptional({ example: 1980 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1900) @Max(2100)
  birthYear?: number;

  @DateField('Date of the referral to CTI.', true)
  referralDate?: string;

  @DateField('Start of the contact period (kontaktskabelsesperiode), before the move.', true)
  contactStart?: string;

  @DateField('The planned transition (start of phase 1); the actual date is recorded when phase 1 starts.')
  plannedStart: string;
}

export class AssignWorkerDto {
  @PseudonymField('The CTI worker\'s pseudonym.')
  worker: string;
}
