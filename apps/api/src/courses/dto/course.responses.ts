import { ApiProperty } from '@nestjs/swagger';
import type { CitizenView, RegisteredCourse } from '@cti/courses';
import { ARMS, END_REASONS, SEXES, TARGET_GROUPS, type Arm, type EndReason, type IsoDate, type Sex, type TargetGroup } from '@cti/domain';
import { isoDate } from '../../common/schema-helpers';

export class CitizenViewDto implements CitizenView {
  @ApiProperty() id: number;
  @ApiProperty({ description: 'Pseudonym only: never a name or a CPR number.' }) pseudonym: string;
  @ApiProperty() municipalityCode: number;
  @ApiProperty({ description: 'Courses of this citizen in the register.' }) courses: number;
}

/** A course in a municipality register: the cohort's course joined with its register entry. */
export class RegisteredCourseDto implements RegisteredCourse {
  @ApiProperty() id: number;
  @ApiProperty() evaluationId: number;
  @ApiProperty() courseCode: string;
  @ApiProperty() municipalityCode: number;
  @ApiProperty({ description: 'The citizen\'s pseudonym.' }) citizen: string;
  @ApiProperty({ type: 'string', nullable: true, description: 'The CTI worker\'s pseudonym.' }) worker: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) workerId: number | null;
  @ApiProperty({ enum: ARMS }) arm: Arm;
  @ApiProperty({ enum: TARGET_GROUPS, nullable: true }) targetGroup: TargetGroup | null;
  @ApiProperty({ enum: SEXES, nullable: true }) sex: Sex | null;
  @ApiProperty({ type: 'integer', nullable: true }) birthYear: number | null;
  @ApiProperty(isoDate(true)) referralDate: IsoDate | null;
  @ApiProperty(isoDate(true)) contactStart: IsoDate | null;
  @ApiProperty({ ...isoDate(), description: 'Start of phase 1: planned until phase1Started, then the actual date.' }) startDate: IsoDate;
  @ApiProperty() phase1Started: boolean;
  @ApiProperty(isoDate(true)) phase2Start: IsoDate | null;
  @ApiProperty(isoDate(true)) phase3Start: IsoDate | null;
  @ApiProperty(isoDate(true)) endDate: IsoDate | null;
  @ApiProperty({ enum: END_REASONS, nullable: true }) endReason: EndReason | null;
  @ApiProperty(isoDate(true)) handoverPlanDate: IsoDate | null;
}
