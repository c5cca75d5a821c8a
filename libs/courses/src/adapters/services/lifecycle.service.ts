import { Inject, Injectable } from '@nestjs/common';
import { DomainError, type AccessScope, type IsoDate } from '@cti/domain';
import { todayOf, type Clock } from '../../calendar/clock';
import { checklistGating } from '../../checklists/checklist-definitions';
import { checkTransition, type TransitionRequest } from '../../method/check-transition';
import type { FidelityNorms } from '../../method/fidelity-norms';
import type { FidelityWarning } from '../../method/phase-events';
import { CLOCK, FIDELITY_NORMS } from '../tokens';
import { ChecklistsService, openItems } from './checklists.service';
import { CourseWrites } from './course-writes';

const EVENT_COLUMN = { phase2: 'phase2_start', phase3: 'phase3_start' } as const;

/** A course's life: the transition into phase 1, the phase changes, the handover plan and the end. */
@Injectable()
export class LifecycleService {
  constructor(
    @Inject(CourseWrites) private readonly writes: CourseWrites,
    @Inject(ChecklistsService) private readonly checklists: ChecklistsService,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(FIDELITY_NORMS) private readonly norms: FidelityNorms,
  ) {}

  /**
   * Records a phase change, closure or withdrawal (an end in the contact period: phase1_started stays false, and
   * start_date keeps the planned transition that never happened). Out of order (phase 3 before phase 2, an end before the start) is refused with
   * 409; a broken fidelity rule is recorded with the event and returned as a warning.
   */
  async record(scope: AccessScope, courseId: number, request: TransitionRequest): Promise<{ warnings: FidelityWarning[] }> {
    return this.writes.change(scope, courseId, request.event, async (em, course) => {
      const [{ n }] = (await em.query(`SELECT count(*)::int AS n FROM focus_area WHERE course_id = $1 AND coalesce(status, 'active') <> 'dropped'`, [courseId])) as { n: number }[];
      const lists = (await this.checklists.forCourses(em, [courseId])).get(courseId)!;
      const gating = checklistGating(request.event);
      const open = gating ? (openItems(lists)[gating] ?? []) : [];
      const check = checkTransition(course, request, { today: todayOf(this.clock), activeFocusAreas: n, openChecklistItems: open }, this.norms);
      if (!check.allowed) throw new DomainError('conflict', 'course.transition_refused', { reason: check.reason });
      if (request.event === 'phase1') {
        await em.query('UPDATE course SET start_date = $2 WHERE id = $1', [courseId, request.date]);
        await em.query('UPDATE course_register SET phase1_started = true WHERE course_id = $1', [courseId]);
      } else if (request.event === 'closed' || request.event === 'withdrawn') {
        await em.query('UPDATE course SET end_date = $2, end_reason = $3, handover_plan_date = coalesce($4, handover_plan_date) WHERE id = $1', [
          courseId, request.date, request.endReason, request.handoverPlanDate ?? null,
        ]);
      } else {
        await em.query(`UPDATE course SET ${EVENT_COLUMN[request.event]} = $2 WHERE id = $1`, [courseId, request.date]);
      }
      await em.query('INSERT INTO course_phase_event (course_id, event, event_date, warnings, recorded_at, recorded_by) VALUES ($1, $2, $3, $4, $5, $6)', [
        courseId, request.event, request.date, JSON.stringify(check.warnings), this.clock.now(), scope.actor,
      ]);
      return { warnings: check.warnings };
    });
  }

  /** The date the handover plan (overdragelsesplan) was agreed with the network; CTI courses only, within the course. */
  async setHandoverPlan(scope: AccessScope, courseId: number, date: IsoDate): Promise<void> {
    await this.writes.change(scope, courseId, 'handover plan', async (em, course) => {
      if (course.arm !== 'cti') throw new DomainError('invalid', 'handover.control_course');
      if (!course.phase1Started || date < course.startDate) throw new DomainError('conflict', 'handover.before_phase1', { date: course.startDate });
      if (course.endDate && date > course.endDate) throw new DomainError('conflict', 'handover.after_end', { date: course.endDate });
      if (date > todayOf(this.clock)) throw new DomainError('invalid', 'handover.in_future', { date });
      await em.query('UPDATE course SET handover_plan_date = $2 WHERE id = $1', [courseId, date]);
    });
  }
}
