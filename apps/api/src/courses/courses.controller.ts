import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CitizenViewDto, RegisteredCourseDto } from './dto/course.responses';
import { CourseDetailDto } from './dto/course-detail.responses';
import type { AccessScope } from '@cti/domain';
import { CitizensService, CourseDetailService, CoursesService } from '@cti/courses';
import { IdPipe } from '../common/path-params';
import { Roles } from '../common/access.decorators';
import { CurrentScope } from '../common/current-scope.decorator';
import { AssignWorkerDto, CreateCitizenDto, CreateCourseDto } from './dto/course.dto';
import { CourseListQueryDto } from './dto/list-query.dto';

// Municipality users run their courses; evaluators read them. Every row is filtered by the caller's scope in the services.
@ApiTags('courses')
@Roles('municipality', 'admin')
@Controller()
export class CoursesController {
  constructor(
    private readonly citizens: CitizensService,
    private readonly courses: CoursesService,
    private readonly detail: CourseDetailService,
  ) {}

  @Post('citizens')
  @ApiCreatedResponse({ description: 'The citizen, under pseudonym only, in the municipality\'s register.', type: CitizenViewDto })
  createCitizen(@CurrentScope() scope: AccessScope, @Body() body: CreateCitizenDto): Promise<CitizenViewDto> {
    return this.citizens.create(scope, body.pseudonym, body.municipalityCode);
  }

  @Get('citizens')
  @Roles('municipality', 'evaluator', 'admin')
  @ApiQuery({ name: 'municipality', required: false, type: Number })
  @ApiOkResponse({ description: 'Citizens of the registers you may read, under pseudonym only.', type: [CitizenViewDto] })
  listCitizens(@CurrentScope() scope: AccessScope, @Query() query: CourseListQueryDto): Promise<CitizenViewDto[]> {
    return this.citizens.list(scope, query.municipality);
  }

  @Post('courses')
  @ApiCreatedResponse({ description: 'The course, in its contact period until phase 1 is started.', type: RegisteredCourseDto })
  create(@CurrentScope() scope: AccessScope, @Body() body: CreateCourseDto): Promise<RegisteredCourseDto> {
    return this.courses.create(scope, body);
  }

  @Get('courses')
  @Roles('municipality', 'evaluator', 'admin')
  @ApiOkResponse({ description: 'Registered courses in your municipality (imported cohorts are not listed).', type: [RegisteredCourseDto] })
  list(@CurrentScope() scope: AccessScope, @Query() query: CourseListQueryDto): Promise<RegisteredCourseDto[]> {
    return this.courses.list(scope, { municipalityCode: query.municipality, worker: query.worker });
  }

  @Get('courses/:id')
  @Roles('municipality', 'evaluator', 'admin')
  @ApiOkResponse({ description: 'The course with its stage, due dates, events and warnings, checklists, plan, contacts, readings and alerts.', type: CourseDetailDto })
  get(@CurrentScope() scope: AccessScope, @Param('id', IdPipe) id: number): Promise<CourseDetailDto> {
    return this.detail.get(scope, id);
  }

  @Put('courses/:id/worker')
  @ApiOkResponse({ description: 'The course with its new worker (null: none).', type: CourseDetailDto })
  async assignWorker(@CurrentScope() scope: AccessScope, @Param('id', IdPipe) id: number, @Body() body: AssignWorkerDto): Promise<CourseDetailDto> {
    await this.courses.assignWorker(scope, id, body.worker);
    return this.detail.get(scope, id);
  }
}
