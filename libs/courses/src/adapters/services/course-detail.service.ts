import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AccessScope, IsoDate } from '@cti/domain';
import { writeAuditEvent } from '@cti/audit';
import { loadInstrumentRegistry } from '@cti/cohorts';
import { todayOf, type Clock } from '../../calendar/clock';
import type { FidelityAlert } from '../../fidelity/alert';
import { computeFidelity } from '../../fidelity/compute-alerts';
import { phaseIntensities, type PhaseIntensity } from '../../fidelity/intensity';
import { stageOf, type Stage } from '../../method/course-timeline';
import type { FidelityNorms } from '../../method/fidelity-norms';
import type { FidelityWarning, PhaseEvent } from '../../method/phase-events';
import { phaseSchedule, type PhaseSchedule } from '../../method/phase-schedule';
import { loadCourseFacts } from '../repository/course-facts';
import { requireRegisteredCourse, type RegisteredCourse } from '../repository/registered-course';
import { requireRegisterAccess } from '../register-scope';
import { CLOCK, FIDELITY_NORMS } from '../tokens';
import { ChecklistsService, type ChecklistView } from './checklists.service';
import { MeasurementsService, type ReadingView } from './measurements.service';

export interface CourseDetail extends RegisteredCourse {
  stage: Stage;
  /** Due dates, once phase 1 has started (CTI courses). */
  schedule: PhaseSchedule | null;
  events: { event: PhaseEvent; date: IsoDate; warnings: FidelityWarning[]; recordedBy: string }[];
  focusAreas: { id: number; domain: string; setDate: IsoDate | null; status: string | null }[];
  contacts: { id: number; date: IsoDate; minutes: number; mode: string; with: string[] }[];
  intensities: PhaseIntensity[];
  checklists: ChecklistView[];
  readings: ReadingView[];
  alerts: FidelityAlert[];
}

/** Everything about one registered course, as its page shows it. */
@Injectable()
export class CourseDetailService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(ChecklistsService) private readonly checklists: ChecklistsService,
    @Inject(MeasurementsService) private readonly measurements: MeasurementsService,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(FIDELITY_NORMS) private readonly norms: FidelityNorms,
  ) {}

  async get(scope: AccessScope, courseId: number): Promise<CourseDetail> {
    requireRegisterAccess(scope);
    const em = this.dataSource.manager;
    const course = await requireRegisteredCourse(em, scope, courseId);
    await writeAuditEvent(em, scope, { action: 'course.read', municipalityCode: course.municipalityCode, target: `course ${courseId}` });
    const today = todayOf(this.clock);
    const [facts] = await loadCourseFacts(em, [course]);
    const events = (await em.query(
      'SELECT event, event_date AS date, warnings, recorded_by AS "recordedBy" FROM course_phase_event WHERE course_id = $1 ORDER BY event_date, id', [courseId],
    )) as CourseDetail['events'];
    const focusAreas = (await em.query('SELECT id, domain, set_date AS "setDate", status FROM focus_area WHERE course_id = $1 ORDER BY id', [courseId])) as CourseDetail['focusAreas'];
    const contacts = (await em.query(`
      SELECT k.id, k.contact_date AS date, k.minutes, k.mode, coalesce(p.parties, '{}') AS with
      FROM contact k LEFT JOIN contact_party p ON p.contact_id = k.id WHERE k.course_id = $1 ORDER BY k.contact_date, k.id`, [courseId])) as CourseDetail['contacts'];
    return {
      ...course,
      stage: stageOf(course),
      schedule: course.arm === 'cti' && course.phase1Started ? phaseSchedule(course.startDate, this.norms) : null,
      events, focusAreas, contacts,
      intensities: phaseIntensities(facts, today),
      checklists: (await this.checklists.forCourses(em, [courseId])).get(courseId)!,
      readings: await this.measurements.readingsOf(em, await loadInstrumentRegistry(em), courseId),
      alerts: computeFidelity([facts], today, this.norms).alerts,
    };
  }
}
