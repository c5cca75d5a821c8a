import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { loadInstrumentRegistry } from '@cti/cohorts';
import { ROLES } from '@cti/domain';
import { ChecklistsService } from '@cti/courses';
import { Roles } from '../common/access.decorators';
import { ChecklistItemDefinitionDto, InstrumentDefinitionDto } from './dto/reference.responses';

// Reference data, no personal data: any signed-in role.
@ApiTags('courses')
@Roles(...ROLES)
@Controller()
export class ReferenceController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly checklists: ChecklistsService,
  ) {}

  @Get('instruments')
  @ApiOkResponse({ description: 'The instrument registry: current editions with items, ranges and scores, for entry forms.', type: [InstrumentDefinitionDto] })
  async instruments(): Promise<InstrumentDefinitionDto[]> {
    return (await loadInstrumentRegistry(this.dataSource.manager)).instruments;
  }

  @Get('checklists')
  @ApiOkResponse({ description: 'The manual\'s checklists (Danish, English alongside): one row per item, in order.', type: [ChecklistItemDefinitionDto] })
  checklistItems(): Promise<ChecklistItemDefinitionDto[]> {
    return this.checklists.definitions();
  }
}
