import { Body, Controller, Delete, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { AccessScope } from '@cti/domain';
import { ChecklistsService, CourseDetailService, LifecycleService } from '@cti/courses';
import { IdPipe } from '../common/path-params';
import { Roles } from '../common/access.decorators';
import { CurrentScope } from '../common/current-scope.decorator';
import { HandoverPlanDto, PhaseChangeDto, TickDto } from './dto/lifecycle.dto';

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
  @ApiCreatedResponse({ description: 'Recorded. `warnings` lists the fidelity rules it breaks (also recorded with the event).' })
  @ApiConflictResponse({ description: 'Out of order: e.g. phase 3 before phase 2, an end before the start.' })
  async phaseChange(@CurrentScope() scope: AccessScope, @Param('id', IdPipe) id: number, @Body() body: PhaseChangeDto) {
    const { warnings } = await this.lifecycle.record(scope, id, body);
    return { warnings, course: await this.detail.get(scope, id) };
  }

  @Put('handover-plan')
  async handoverPlan(@CurrentScope() scope: AccessScope, @Param('id', IdPipe) id: number, @Body() body: HandoverPlanDto) {
    await this.lifecycle.setHandoverPlan(scope, id, body.date);
    return this.detail.get(scope, id);
  }

  @Put('checklist/:item')
  @HttpCode(204)
  async tick(@CurrentScope() scope: AccessScope, @Param('id', IdPipe) id: number, @Param('item') item: string, @Body() body: TickDto) {
    await this.checklists.tick(scope, id, item, body.tickedOn);
  }

  @Delete('checklist/:item')
  @HttpCode(204)
  async untick(@CurrentScope() scope: AccessScope, @Param('id', IdPipe) id: number, @Param('item') item: string) {
    await this.checklists.untick(scope, id, item);
  }
}
