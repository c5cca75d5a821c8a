import { ApiProperty } from '@nestjs/swagger';

/** The rows a caller may see of an evaluation's courses (pseudonyms only). */
export class EvaluationCourseRowDto {
  @ApiProperty() courseId: string;
  @ApiProperty() citizen: string;
  @ApiProperty() municipalityCode: number;
  @ApiProperty() arm: string;
  @ApiProperty({ type: 'string', nullable: true }) targetGroup: string | null;
  @ApiProperty({ type: 'string', nullable: true }) worker: string | null;
  @ApiProperty({ format: 'date' }) startDate: string;
  @ApiProperty({ type: 'string', format: 'date', nullable: true }) phase2Start: string | null;
  @ApiProperty({ type: 'string', format: 'date', nullable: true }) phase3Start: string | null;
  @ApiProperty({ type: 'string', format: 'date', nullable: true }) endDate: string | null;
  @ApiProperty({ type: 'string', nullable: true }) endReason: string | null;
  @ApiProperty() measurements: number;
  @ApiProperty() contacts: number;
}
