import { BadRequestException, Controller, Get, Param, ParseEnumPipe, Query, Req, Res, StreamableFile } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiOkResponse, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import { exportTable } from '@cti/analytics';
import type { AccessScope } from '@cti/domain';
import { ReportService } from '@cti/reporting';
import { Roles } from '../common/access.decorators';
import { CurrentScope } from '../common/current-scope.decorator';
import { SlugPipe } from '../common/path-params';
import { ClientGone } from './client-gone.decorator';
import { REPORT_SECTIONS, sectionOf, sectionRows, type ReportSection } from './report-sections';
import { ReportQueryDto, SectionQueryDto } from './report-query.dto';
import { EvaluationSummaryDto, ReportDto, ReportSectionDto } from './report.responses';

const CONTENT_TYPES = { csv: 'text/csv; charset=utf-8', arrow: 'application/vnd.apache.arrow.file', parquet: 'application/vnd.apache.parquet' } as const;

@ApiTags('reports')
@Controller()
export class ReportsController {
  constructor(private readonly reports: ReportService) {}

  @Get('evaluations')
  @Roles('evaluator', 'agency', 'municipality')
  @ApiOkResponse({ description: 'The evaluations (datasets) you may read, with their data version and the course count you may see.', type: [EvaluationSummaryDto] })
  evaluations(@CurrentScope() scope: AccessScope) {
    return this.reports.evaluations(scope);
  }

  @Get('reports/:evaluation')
  @Roles('evaluator', 'agency', 'municipality', 'admin')
  @ApiOkResponse({ description: 'The full report: every section of analysis-spec.md plus metadata and extras; small cells withheld for agency and municipality.', type: ReportDto })
  // The body is serialised once per data version, options and view (ReportService.reportBody) and sent as bytes.
  async report(
    @CurrentScope() scope: AccessScope, @Param('evaluation', SlugPipe) evaluation: string, @Query() query: ReportQueryDto,
    @ClientGone() gone: AbortSignal, @Req() req: Request, @Res() res: Response,
  ): Promise<void> {
    const body = await this.reports.reportBody(scope, evaluation, query.toOptions(scope), {}, gone);
    const gzip = req.acceptsEncodings('gzip') === 'gzip';
    res.type('application/json').vary('Accept-Encoding').set('ETag', gzip ? body.gzipEtag : body.etag);
    // the client has this version already (If-None-Match): 304 without the body; the read is audited all the same
    if (req.fresh) return void res.status(304).end();
    if (gzip) res.set('Content-Encoding', 'gzip').send(body.gzip);
    else res.send(body.json);
  }

  @Get('reports/:evaluation/:section')
  @Roles('evaluator', 'agency', 'municipality', 'admin')
  @ApiParam({ name: 'section', enum: REPORT_SECTIONS })
  @ApiProduces('application/json', ...Object.values(CONTENT_TYPES))
  @ApiOkResponse({ description: 'One section; tables also as CSV, Arrow IPC or Parquet (format=csv|arrow|parquet).', type: ReportSectionDto })
  async section(
    @CurrentScope() scope: AccessScope,
    @Param('evaluation', SlugPipe) evaluation: string,
    @Param('section', new ParseEnumPipe(REPORT_SECTIONS, { exceptionFactory: () => new BadRequestException(`section must be one of ${REPORT_SECTIONS.join(', ')}`) }))
    section: ReportSection,
    @Query() query: SectionQueryDto,
    @ClientGone() gone: AbortSignal,
  ): Promise<unknown> {
    const format = query.format ?? 'json';
    const access = { action: format === 'json' ? 'report.read' : `export.${format}`, target: section };
    // served from the cached report: a section never recomputes it
    const report = await this.reports.report(scope, evaluation, query.toOptions(scope), access, gone);
    if (format === 'json') return { metadata: report.metadata, [section]: sectionOf(report, section) };
    const rows = sectionRows(report, section);
    if (!rows) throw new BadRequestException(`${section} is not a table; it is available as JSON only`);
    const extension = format === 'arrow' ? 'arrow' : format;
    return new StreamableFile(await exportTable(rows, format), {
      type: CONTENT_TYPES[format],
      disposition: `attachment; filename="${evaluation}-${section}.${extension}"`,
    });
  }
}
