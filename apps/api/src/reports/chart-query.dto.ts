import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';
import { TIMEPOINTS } from '@cti/domain';
import type { ChartChoices } from '@cti/reporting';
import { OneOfField } from '../common/field.decorators';
import { ReportQueryDto } from './report-query.dto';

export const CHART_FORMATS = ['vega-lite', 'svg'] as const;
export type ChartFormat = (typeof CHART_FORMATS)[number];

/** A chart's query: the report's filters, the format, and the choices some charts offer. */
export class ChartQueryDto extends ReportQueryDto {
  @OneOfField(CHART_FORMATS, { default: 'vega-lite', description: 'The Vega-Lite spec (JSON), or the chart rendered as SVG.' }, true)
  format?: ChartFormat;

  @ApiPropertyOptional({ description: 'progression: the outcome to plot.', example: 'sds_total', default: 'wemwbs_total' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z0-9_]{1,64}$/)
  outcome?: string;

  @OneOfField(['cti', 'control'], { default: 'cti', description: 'recovery-star-ladder: the arm.' }, true)
  arm?: 'cti' | 'control';

  @OneOfField(TIMEPOINTS, { default: 'm18', description: 'recovery-star-ladder: the timepoint.' }, true)
  timepoint?: string;

  toChoices(): ChartChoices {
    return { outcome: this.outcome, arm: this.arm, timepoint: this.timepoint };
  }
}
