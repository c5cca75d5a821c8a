import { ApiProperty } from '@nestjs/swagger';
import { ARMS, END_REASONS, SEXES, TARGET_GROUPS } from '@cti/domain';

const date = (nullable = true) => ({ type: 'string' as const, format: 'date', nullable });

export class CitizenViewDto {
  @ApiProperty() id: number;
  @ApiProperty({ description: 'Pseudonym only: never a name or a CPR number.' }) pseudonym: string;
  @ApiProperty() municipalityCode: number;
  @ApiProperty({ description: 'Courses of this citizen in the register.' }) courses: number;
}

/** A course in a municipality register: the cohort's course joined with its register entry. */
export class RegisteredCourseDto {
  @ApiProperty() id: number;
  @ApiProperty() evaluationId: number;
  @ApiProperty() courseCode: string;
  @ApiProperty() municipalityCode: number;
  @ApiProperty({ description: 'The citizen\'s pseudonym.' }) citizen: string;
  @ApiProperty({ type: 'string', nullable: true, description: 'The CTI worker\'s pseudonym.' }) worker: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) workerId: number | null;
  @ApiProperty({ enum: ARMS }) arm: string;
  @ApiProperty({ enum: TARGET_GROUPS, nullable: true }) targetGroup: string | null;
  @ApiProperty({ enum: SEXES, nullable: true }) sex: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) birthYear: number | null;
  @ApiProperty(date()) referralDate: string | null;
  @ApiProperty(date()) contactStart: string | null;
  @ApiProperty({ ...date(false), description: 'Start of phase 1: planned until phase1Started, then the actual date.' }) startDate: string;
  @ApiProperty() phase1Started: boolean;
  @ApiProperty(date()) phase2Start: string | null;
  @ApiProperty(date()) phase3Start: string | null;
  @ApiProperty(date()) endDate: string | null;
  @ApiProperty({ enum: END_REASONS, nullable: true }) endReason: string | null;
  @ApiProperty(date()) handoverPlanDate: string | null;
}
