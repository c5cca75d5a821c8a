import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AccessScope } from '@cti/domain';
import { AnalysisSettingsService, type EvaluationAnalysisSettings } from '@cti/cohorts';
import { Roles } from '../common/access.decorators';
import { CurrentScope } from '../common/current-scope.decorator';
import { SlugPipe } from '../common/path-params';
import { AnalysisSettingsDto, OutcomeHierarchyDto } from './analysis-settings.dto';

@ApiTags('evaluations')
@Controller('evaluations')
export class AnalysisSettingsController {
  constructor(private readonly settings: AnalysisSettingsService) {}

  // whoever may read the evaluation's report (the same roles as GET /api/reports/:evaluation)
  @Get(':evaluation/analysis-settings')
  @Roles('evaluator', 'agency', 'municipality', 'admin')
  @ApiOkResponse({ description: "The evaluation's outcome hierarchy: primary outcome and timepoint, key secondary outcomes.", type: AnalysisSettingsDto })
  get(@CurrentScope() scope: AccessScope, @Param('evaluation', SlugPipe) evaluation: string): Promise<EvaluationAnalysisSettings> {
    return this.settings.get(scope, evaluation);
  }

  @Put(':evaluation/analysis-settings')
  @Roles('evaluator')
  @ApiOkResponse({ description: 'Stores the outcome hierarchy (evaluators who are members of the evaluation); the next report follows it.', type: AnalysisSettingsDto })
  put(@CurrentScope() scope: AccessScope, @Param('evaluation', SlugPipe) evaluation: string, @Body() body: OutcomeHierarchyDto): Promise<EvaluationAnalysisSettings> {
    return this.settings.set(scope, evaluation, body);
  }
}
