import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AccessScope } from '@cti/domain';
import { writeAuditEvent } from '@cti/audit';
import { bumpDataVersion } from '@cti/cohorts';
import type { Clock } from '../../calendar/clock';
import { auditRefusedLookup, CourseNotFound, findRegisteredCourse, type RegisteredCourse } from '../repository/registered-course';
import { requireRegisterAccess } from '../register-scope';
import { CLOCK } from '../tokens';

/**
 * The one way to change a registered course: in a transaction, lock it within the caller's scope (a course outside
 * it is "not found", so its existence does not leak), make the change, stamp who and when (course_write and the audit
 * trail, in the same transaction), and bump the data version so the next report includes the change.
 */
@Injectable()
export class CourseWrites {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async change<T>(scope: AccessScope, courseId: number, what: string, write: (em: EntityManager, course: RegisteredCourse) => Promise<T>): Promise<T> {
    requireRegisterAccess(scope, 'write');
    try {
      return await this.dataSource.transaction(async (em) => {
        const course = await findRegisteredCourse(em, scope, courseId, true);
        if (!course) throw new CourseNotFound(courseId);
        const result = await write(em, course);
        await this.stamp(em, scope, courseId, what, course.municipalityCode);
        await bumpDataVersion(em, course.evaluationId);
        return result;
      });
    } catch (e) {
      // audited after the rollback, so the refusal stays on record
      if (e instanceof CourseNotFound && e.courseId === courseId) await auditRefusedLookup(this.dataSource.manager, scope, courseId);
      throw e;
    }
  }

  async stamp(em: EntityManager, scope: AccessScope, courseId: number, what: string, municipalityCode: number): Promise<void> {
    await em.query('INSERT INTO course_write (course_id, what, written_at, written_by) VALUES ($1, $2, $3, $4)', [courseId, what, this.clock.now(), scope.actor]);
    // The audit action is a dotted name (course.checklist, course.contact…); the full description goes in its detail.
    const kind = what.split(' ')[0].toLowerCase().replace(/[^a-z_]/g, '') || 'change';
    await writeAuditEvent(em, scope, { action: `course.${kind}`, municipalityCode, target: `course ${courseId}`, detail: { change: what } });
  }
}
