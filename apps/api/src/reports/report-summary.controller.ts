import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { CohortReport } from '@cti/analytics';
import type { AccessScope } from '@cti/domain';
import { ReportService, reportSummary } from '@cti/reporting';
import { Roles } from '../common/access.decorators';
import { CurrentScope } from '../common/current-scope.decorator';
import { SlugPipe } from '../common/path-params';
import { ClientGone } from './client-gone.decorator';
import { ReportQueryDto } from './report-query.dto';

export class ReportSummaryDto {
  @ApiProperty({ description: 'The data the summary was generated from (the snapshot id of the report).' }) snapshot: string;
  @ApiProperty({ type: [String], description: 'The conclusions in Danish, one paragraph a line.' }) da: string[];
  @ApiProperty({ type: [String], description: 'The same conclusions in English.' }) en: string[];
}

@ApiTags('reports')
@Controller()
export class ReportSummaryController {
  constructor(private readonly reports: ReportService) {}

  // the same roles, query and scope as the report: the words are made from the report the caller may see (withheld
  // figures are said to be withheld), served from the cached report
  @Get('reports/:evaluation/summary')
  @Roles('evaluator', 'agency', 'municipality', 'admin')
  @ApiOkResponse({ description: 'The conclusions in words (Danish and English), generated from the report you may see; small cells withheld for agency and municipality.', type: ReportSummaryDto })
  async summary(
    @CurrentScope() scope: AccessScope, @Param('evaluation', SlugPipe) evaluation: string, @Query() query: ReportQueryDto, @ClientGone() gone: AbortSignal,
  ): Promise<ReportSummaryDto> {
    const report = await this.reports.report(scope, evaluation, query.toOptions(scope), { action: 'report.read', target: 'summary' }, gone);
    return { snapshot: report.metadata.snapshot.id, ...reportSummary(report as CohortReport) };
  }
}
