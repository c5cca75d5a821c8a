import { BadRequestException, Controller, Get, Param, ParseEnumPipe, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { AccessScope } from '@cti/domain';
import { CHART_NAMES, ChartService, renderSvg } from '@cti/reporting';
import { Roles } from '../common/access.decorators';
import { CurrentScope } from '../common/current-scope.decorator';
import { ChartQueryDto } from './chart-query.dto';
import { SlugPipe } from '../common/path-params';
import { ClientGone } from './client-gone.decorator';

const chartPipe = new ParseEnumPipe(CHART_NAMES, { exceptionFactory: () => new BadRequestException(`chart must be one of ${CHART_NAMES.join(', ')}`) });

@ApiTags('reports')
@Controller()
export class ReportChartsController {
  constructor(private readonly charts: ChartService) {}

  // the same roles as the report itself: a chart shows the report's figures, after the same scope and suppression
  @Get('reports/:evaluation/charts/:chart')
  @Roles('evaluator', 'agency', 'municipality', 'admin')
  @ApiParam({ name: 'chart', enum: CHART_NAMES })
  @ApiProduces('application/json', 'image/svg+xml')
  @ApiOkResponse({
    description: 'A chart of the report as a Vega-Lite spec (format=vega-lite) or SVG (format=svg); withheld figures are left out and named in the subtitle.',
    content: {
      'application/json': { schema: { type: 'object', additionalProperties: true, description: 'A Vega-Lite spec ($schema https://vega.github.io/schema/vega-lite/v6.json), data inline.' } },
      'image/svg+xml': { schema: { type: 'string' } },
    },
  })
  async chart(
    @CurrentScope() scope: AccessScope,
    @Param('evaluation', SlugPipe) evaluation: string,
    @Param('chart', chartPipe) chart: string,
    @Query() query: ChartQueryDto,
    @ClientGone() gone: AbortSignal,
  ): Promise<unknown> {
    const spec = await this.charts.chart(scope, evaluation, chart, query.toOptions(scope), query.toChoices(), gone);
    if ((query.format ?? 'vega-lite') === 'vega-lite') return spec;
    return new StreamableFile(Buffer.from(await renderSvg(spec)), { type: 'image/svg+xml', disposition: `inline; filename="${evaluation}-${chart}.svg"` });
  }
}
