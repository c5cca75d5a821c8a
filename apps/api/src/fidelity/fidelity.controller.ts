import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AccessScope } from '@cti/domain';
import { FidelityService } from '@cti/courses';
import { smallCellK } from '@cti/reporting';
import { publishAlertCounts } from './alert-counts';
import { AlertCountsDto, FidelityReportDto } from './fidelity.responses';
import { Roles } from '../common/access.decorators';
import { CurrentScope } from '../common/current-scope.decorator';
import { FidelityQueryDto } from './fidelity-query.dto';

// The agency never sees rows (refused here and again in the service), only the counts of alert-counts.
@ApiTags('fidelity')
@Roles('municipality', 'evaluator', 'admin')
@Controller('fidelity')
export class FidelityController {
  constructor(private readonly fidelity: FidelityService) {}

  @Get('alerts')
  @ApiOkResponse({ description: 'Fidelity alerts per team and worker as of today (Copenhagen), with caseloads and the norms used.', type: FidelityReportDto })
  alerts(@CurrentScope() scope: AccessScope, @Query() query: FidelityQueryDto): Promise<FidelityReportDto> {
    return this.fidelity.alerts(scope, { municipalityCode: query.municipality, worker: query.worker }, query.caseloadNorm ? { caseloadNorm: query.caseloadNorm } : {});
  }

  @Get('alert-counts')
  @Roles('agency', 'admin')
  @ApiOkResponse({ description: 'Open alerts per team (municipality) and kind, as counts only (never a course, citizen or worker); counts under k withheld.', type: AlertCountsDto })
  async alertCounts(@CurrentScope() scope: AccessScope): Promise<AlertCountsDto> {
    const k = smallCellK();
    const { asOf, teams } = await this.fidelity.alertCounts(scope);
    return { asOf, k, teams: publishAlertCounts(teams, k) };
  }
}
