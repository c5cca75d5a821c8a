import { Controller, Get, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiProduces, ApiPropertyOptional, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { datasetFile, DATASET_FORMATS, type DatasetFormat, type DatasetPart } from '@cti/analytics';
import type { AccessScope } from '@cti/domain';
import { ReportService } from '@cti/reporting';
import { Roles } from '../common/access.decorators';
import { CurrentScope } from '../common/current-scope.decorator';
import { SlugPipe } from '../common/path-params';
import { ClientGone } from './client-gone.decorator';
import { ReportQueryDto } from './report-query.dto';
import { AnalysisDatasetDto } from './analysis-dataset.responses';

const CONTENT_TYPES: Record<DatasetFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  parquet: 'application/vnd.apache.parquet',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export class AnalysisDatasetQueryDto extends ReportQueryDto {
  @ApiPropertyOptional({ enum: ['json', ...DATASET_FORMATS], default: 'json', description: 'xlsx holds the data and the codebook as two sheets.' })
  @IsOptional()
  @IsIn(['json', ...DATASET_FORMATS])
  format?: 'json' | DatasetFormat;

  @ApiPropertyOptional({ enum: ['data', 'codebook'], default: 'data', description: 'CSV and Parquet: the data, or the codebook.' })
  @IsOptional()
  @IsIn(['data', 'codebook'])
  part?: DatasetPart;
}

/** The wide analysis dataset: one row per course, with its codebook. Row-level data: evaluators only, audited. */
@ApiTags('reports')
@Controller()
export class AnalysisDatasetController {
  constructor(private readonly reports: ReportService) {}

  @Get('analysis-datasets/:evaluation')
  @Roles('evaluator')
  @ApiProduces('application/json', ...Object.values(CONTENT_TYPES))
  @ApiExtraModels(AnalysisDatasetDto)
  @ApiOkResponse({
    description: 'One row per course: characteristics, every score at every timepoint, changes, costs per horizon and category; with a codebook (name, Danish and English label, type, unit, allowed values). JSON by default; a file for format=csv, parquet or xlsx.',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(AnalysisDatasetDto) } },
      [CONTENT_TYPES.csv]: { schema: { type: 'string', description: 'The data or the codebook (part) as CSV.' } },
      [CONTENT_TYPES.parquet]: { schema: { type: 'string', format: 'binary' } },
      [CONTENT_TYPES.xlsx]: { schema: { type: 'string', format: 'binary', description: 'The data and the codebook as two sheets.' } },
    },
  })
  async dataset(@CurrentScope() scope: AccessScope, @Param('evaluation', SlugPipe) evaluation: string, @Query() query: AnalysisDatasetQueryDto, @ClientGone() gone: AbortSignal): Promise<AnalysisDatasetDto | StreamableFile> {
    const format = query.format ?? 'json';
    const part = query.part ?? 'data';
    const dataset = await this.reports.analysisDataset(scope, evaluation, query.toOptions(scope), format === 'xlsx' ? 'xlsx' : `${part}.${format}`, gone);
    if (format === 'json') return dataset;
    const name = format === 'xlsx' ? `${evaluation}-analysis-dataset` : `${evaluation}-analysis-${part}`;
    return new StreamableFile(await datasetFile(dataset, format, part), { type: CONTENT_TYPES[format], disposition: `attachment; filename="${name}.${format}"` });
  }
}
