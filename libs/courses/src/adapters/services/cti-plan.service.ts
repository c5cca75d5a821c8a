import { Inject, Injectable } from '@nestjs/common';
import { DomainError, type AccessScope, type FocusDomain, type FocusStatus, type IsoDate } from '@cti/domain';
import { courseBegins } from '../repository/registered-course';
import { CourseWrites } from './course-writes';

/** The CTI plan: 2–3 focus areas the citizen chooses among the eight life areas, each with its status. */
@Injectable()
export class CtiPlanService {
  constructor(@Inject(CourseWrites) private readonly writes: CourseWrites) {}

  async addFocusArea(scope: AccessScope, courseId: number, area: { domain: FocusDomain; setDate: IsoDate; status?: FocusStatus }): Promise<{ id: number }> {
    return this.writes.change(scope, courseId, `focus area ${area.domain}`, async (em, course) => {
      if (course.arm !== 'cti') throw new DomainError('invalid', 'plan.control_course');
      if (area.setDate < courseBegins(course)) throw new DomainError('invalid', 'focus_area.before_course', { date: courseBegins(course) });
      const [row] = (await em.query('INSERT INTO focus_area (course_id, domain, set_date, status) VALUES ($1, $2, $3, $4) RETURNING id', [
        courseId, area.domain, area.setDate, area.status ?? 'active',
      ])) as { id: number }[];
      return row;
    });
  }

  async setStatus(scope: AccessScope, courseId: number, focusAreaId: number, status: FocusStatus): Promise<void> {
    await this.writes.change(scope, courseId, `focus area ${focusAreaId} ${status}`, async (em) => {
      const [, count] = (await em.query('UPDATE focus_area SET status = $3 WHERE id = $2 AND course_id = $1', [courseId, focusAreaId, status])) as [unknown, number];
      if (count === 0) throw new DomainError('not_found', 'focus_area.not_found', { focusAreaId, courseId });
    });
  }
}
