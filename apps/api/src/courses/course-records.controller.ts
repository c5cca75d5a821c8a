import { BadRequestException, Body, Controller, Delete, Get, Header, HttpCode, Param, ParseEnumPipe, Patch, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import { DomainError, TIMEPOINTS, type AccessScope, type Timepoint } from '@cti/domain';
import { ContactsService, CtiPlanService, MeasurementsService } from '@cti/courses';
import { renderSvg } from '@cti/reporting';
import { IdPipe } from '../common/path-params';
import { Roles } from '../common/access.decorators';
import { CurrentScope } from '../common/current-scope.decorator';
import { ContactDto, FocusAreaDto, FocusStatusDto, ReadingDto } from './dto/records.dto';
import { RecordIdDto, FocusAreaStatusDto, ReadingViewDto } from './dto/records.responses';

const timepointPipe = new ParseEnumPipe(TIMEPOINTS, { exceptionFactory: () => new BadRequestException(`timepoint must be one of ${TIMEPOINTS.join(', ')}`) });

@ApiTags('courses')
@Roles('municipality', 'admin')
@Controller('courses/:id')
export class CourseRecordsController {
  constructor(
    private readonly plan: CtiPlanService,
    private readonly contacts: ContactsService,
    private readonly measurements: MeasurementsService,
  ) {}

  @Post('focus-areas')
  @ApiCreatedResponse({ description: 'A focus area of the CTI plan: its id.', type: RecordIdDto })
  addFocusArea(@CurrentScope() scope: AccessScope, @Param('id', IdPipe) id: number, @Body() body: FocusAreaDto): Promise<RecordIdDto> {
    return this.plan.addFocusArea(scope, id, body);
  }

  @Patch('focus-areas/:focusAreaId')
  @ApiOkResponse({ description: 'The focus area with its new status.', type: FocusAreaStatusDto })
  async setFocusStatus(@CurrentScope() scope: AccessScope, @Param('id', IdPipe) id: number, @Param('focusAreaId', IdPipe) focusAreaId: number, @Body() body: FocusStatusDto): Promise<FocusAreaStatusDto> {
    await this.plan.setStatus(scope, id, focusAreaId, body.status);
    return { id: focusAreaId, status: body.status };
  }

  @Post('contacts')
  @ApiCreatedResponse({ description: 'A logged contact: its id.', type: RecordIdDto })
  addContact(@CurrentScope() scope: AccessScope, @Param('id', IdPipe) id: number, @Body() body: ContactDto): Promise<RecordIdDto> {
    return this.contacts.add(scope, id, body);
  }

  @Put('contacts/:contactId')
  @ApiOkResponse({ description: 'The contact corrected: date, minutes, mode and with whom, checked as when logged.', type: RecordIdDto })
  updateContact(@CurrentScope() scope: AccessScope, @Param('id', IdPipe) id: number, @Param('contactId', IdPipe) contactId: number, @Body() body: ContactDto): Promise<RecordIdDto> {
    return this.contacts.update(scope, id, contactId, body);
  }

  @Delete('contacts/:contactId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The contact is gone; intensities follow.' })
  async deleteContact(@CurrentScope() scope: AccessScope, @Param('id', IdPipe) id: number, @Param('contactId', IdPipe) contactId: number) {
    await this.contacts.remove(scope, id, contactId);
  }

  @Put('readings/:timepoint/:instrument')
  @ApiParam({ name: 'timepoint', enum: TIMEPOINTS })
  @ApiOkResponse({ description: 'The stored reading with the instrument\'s own scores, and for the Recovery Star a Vega-Lite star chart. Entering the same timepoint and instrument again replaces it.', type: ReadingViewDto })
  record(
    @CurrentScope() scope: AccessScope, @Param('id', IdPipe) id: number, @Param('timepoint', timepointPipe) timepoint: Timepoint,
    @Param('instrument') instrument: string, @Body() body: ReadingDto,
  ): Promise<ReadingViewDto> {
    return this.measurements.record(scope, id, timepoint, instrument, body.date, body.values);
  }

  @Delete('readings/:timepoint/:instrument')
  @HttpCode(204)
  @ApiParam({ name: 'timepoint', enum: TIMEPOINTS })
  @ApiNoContentResponse({ description: 'The instrument\'s reading at that timepoint is gone (other instruments at the timepoint stay).' })
  async deleteReading(@CurrentScope() scope: AccessScope, @Param('id', IdPipe) id: number, @Param('timepoint', timepointPipe) timepoint: Timepoint, @Param('instrument') instrument: string) {
    await this.measurements.remove(scope, id, timepoint, instrument);
  }

  @Get('readings/:timepoint/:instrument/chart.svg')
  @Roles('municipality', 'evaluator', 'admin')
  @ApiParam({ name: 'timepoint', enum: TIMEPOINTS })
  @ApiProduces('image/svg+xml')
  @ApiOkResponse({ description: 'The reading drawn as SVG (instruments with a chart only: the Recovery Star).', content: { 'image/svg+xml': { schema: { type: 'string' } } } })
  @Header('Content-Type', 'image/svg+xml; charset=utf-8')
  async chart(@CurrentScope() scope: AccessScope, @Param('id', IdPipe) id: number, @Param('timepoint', timepointPipe) timepoint: Timepoint, @Param('instrument') instrument: string) {
    const chart = await this.measurements.chartOf(scope, id, timepoint, instrument);
    if (!chart) throw new DomainError('invalid', 'instrument.no_chart', { instrument });
    return renderSvg(chart);
  }
}
