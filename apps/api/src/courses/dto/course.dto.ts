import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { ARMS, SEXES, TARGET_GROUPS, type Arm, type Sex, type TargetGroup } from '@cti/domain';
import { MunicipalityField, OneOfField, WholeNumberField } from '../../common/field.decorators';
import { DateField } from './date-field';
import { PseudonymField } from './pseudonym-field';
import { SafeText } from './safe-text';

export class CreateCitizenDto {
  @PseudonymField('The citizen\'s pseudonym in the municipality (never a name or CPR number).')
  pseudonym: string;

  @MunicipalityField('Needed only by users who may write for several municipalities.', 101)
  municipalityCode?: number;
}

export class CreateCourseDto {
  @PseudonymField('The citizen\'s pseudonym; registered if new.')
  citizen: string;

  @MunicipalityField('Needed only by users who may write for several municipalities.', 101)
  municipalityCode?: number;

  @ApiPropertyOptional({ description: 'Your own course code; generated (F-0001, …) when absent.' })
  @IsOptional() @IsString() @Length(1, 100) @SafeText()
  courseCode?: string;

  @OneOfField(ARMS, { description: 'CTI, or ordinary support (e.g. § 85) in a comparison group.' })
  arm: Arm;

  @OneOfField(TARGET_GROUPS, {}, true)
  targetGroup?: TargetGroup;

  @PseudonymField('The CTI worker\'s pseudonym.', true)
  worker?: string;

  @OneOfField(SEXES, {}, true)
  sex?: Sex;

  @WholeNumberField(1900, 2100, { example: 1980 }, true)
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
