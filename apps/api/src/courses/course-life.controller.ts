import { Body, Controller, Delete, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AccessScope } from '@cti/domain';
import { ChecklistsService, CourseDetailService, LifecycleService } from '@cti/courses';
import { IdPipe } from '../common/path-params';
import { Roles } from '../common/access.decorators';
import { CurrentScope } from '../common/current-scope.decorator';
import { HandoverPlanDto, PhaseChangeDto, TickDto } from './dto/lifecycle.dto';
import { CourseDetailDto, PhaseChangeResultDto } from './dto/course-detail.responses';

@ApiTags('courses')
@Roles('municipality', 'admin')
@Controller('courses/:id')
export class CourseLifeController {
  constructor(
    private readonly lifecycle: LifecycleService,
    private readonly checklists: ChecklistsService,
    private readonly detail: CourseDetailService,
  ) {}

  @Post('phase-changes')
  @ApiCreatedResponse({ description: 'Recorded. `warnings` lists the fidelity rules it breaks (also recorded with the event); `course` is the course after the change.', type: PhaseChangeResultDto })
  @ApiConflictResponse({ description: 'Out of order: e.g. phase 3 before phase 2, an end before the start.' })
  async phaseChange(@CurrentScope() scope: AccessScope, @Param('id', IdPipe) id: number, @Body() body: PhaseChangeDto): Promise<PhaseChangeResultDto> {
    const { warnings } = await this.lifecycle.record(scope, id, body);
    return { warnings, course: await this.detail.get(scope, id) };
  }

  @Put('handover-plan')
  @ApiOkResponse({ description: 'The course with its handover plan date (null: none yet).', type: CourseDetailDto })
  async handoverPlan(@CurrentScope() scope: AccessScope, @Param('id', IdPipe) id: number, @Body() body: HandoverPlanDto): Promise<CourseDetailDto> {
    await this.lifecycle.setHandoverPlan(scope, id, body.date);
    return this.detail.get(scope, id);
  }

  @Put('checklist/:item')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Ticked (again: on the new date).' })
  async tick(@CurrentScope() scope: AccessScope, @Param('id', IdPipe) id: number, @Param('item') item: string, @Body() body: TickDto) {
    await this.checklists.tick(scope, id, item, body.tickedOn);
  }

  @Delete('checklist/:item')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The tick is gone.' })
  async untick(@CurrentScope() scope: AccessScope, @Param('id', IdPipe) id: number, @Param('item') item: string) {
    await this.checklists.untick(scope, id, item);
  }
}
