import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AccessScope } from '@cti/domain';
import { EvaluationCoursesService, type EvaluationCourseRow } from '@cti/cohorts';
import { Roles } from '../common/access.decorators';
import { CurrentScope } from '../common/current-scope.decorator';
import { SlugPipe } from '../common/path-params';
import { EvaluationCourseRowDto } from './evaluation-courses.responses';

@ApiTags('evaluations')
@Controller('evaluations')
export class EvaluationCoursesController {
  constructor(private readonly courses: EvaluationCoursesService) {}

  @Get(':evaluation/courses')
  @Roles('evaluator', 'municipality')
  @ApiOkResponse({ description: "The evaluation's courses (pseudonyms only): all of them for its evaluators, a municipality's own for a municipality user.", type: [EvaluationCourseRowDto] })
  list(@CurrentScope() scope: AccessScope, @Param('evaluation', SlugPipe) evaluation: string): Promise<EvaluationCourseRow[]> {
    return this.courses.list(scope, evaluation);
  }
}
