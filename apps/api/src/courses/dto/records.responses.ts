import { ApiProperty } from '@nestjs/swagger';
import type { ComputedScore, ReadingView } from '@cti/courses';
import { FOCUS_STATUSES, TIMEPOINTS, type FocusStatus, type IsoDate, type Timepoint } from '@cti/domain';
import { isoDate } from '../../common/schema-helpers';

/** The id of the record written (a focus area, a contact). */
export class RecordIdDto {
  @ApiProperty() id: number;
}

export class FocusAreaStatusDto {
  @ApiProperty() id: number;
  @ApiProperty({ enum: FOCUS_STATUSES }) status: FocusStatus;
}

export class ComputedScoreDto implements ComputedScore {
  @ApiProperty({ example: 'wemwbs_total' }) code: string;
  @ApiProperty() label: string;
  @ApiProperty({ type: 'number', nullable: true, description: 'Null unless every item is present.' }) value: number | null;
}

/** One instrument's reading at one timepoint, with the instrument's own scores. */
export class ReadingViewDto implements ReadingView {
  @ApiProperty() courseId: number;
  @ApiProperty({ enum: TIMEPOINTS }) timepoint: Timepoint;
  @ApiProperty(isoDate(true)) date: IsoDate | null;
  @ApiProperty({ example: 'wemwbs' }) instrument: string;
  @ApiProperty({ description: 'The instrument edition the reading used.' }) edition: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number', nullable: true }, description: 'Item code to value; null where not answered.' })
  values: Record<string, number | null>;

  @ApiProperty({ type: [ComputedScoreDto] }) scores: ComputedScoreDto[];
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, description: 'For instruments whose items are outcomes of their own (Recovery Star): the reading as a Vega-Lite spec.' })
  chart: Record<string, unknown> | null;
}
