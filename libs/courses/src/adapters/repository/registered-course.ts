import type { EntityManager } from 'typeorm';
import { writeAuditEvent } from '@cti/audit';
import { DomainError, type AccessScope, type Arm, type EndReason, type IsoDate, type Sex, type TargetGroup } from '@cti/domain';
import type { CourseTimeline } from '../../method/course-timeline';
import { registerFilter } from '../register-scope';

/** A course run in the platform, as one row: the cohort `course` joined with its register entry. */
export interface RegisteredCourse extends CourseTimeline {
  id: number;
  evaluationId: number;
  courseCode: string;
  municipalityCode: number;
  citizen: string;
  worker: string | null;
  workerId: number | null;
  targetGroup: TargetGroup | null;
  sex: Sex | null;
  birthYear: number | null;
  referralDate: IsoDate | null;
  arm: Arm;
  endReason: EndReason | null;
}

const SELECT = `
  SELECT c.id, c.evaluation_id AS "evaluationId", c.course_code AS "courseCode", c.municipality_code AS "municipalityCode",
         ci.pseudonym AS citizen, w.pseudonym AS worker, c.worker_id AS "workerId", c.arm, c.target_group AS "targetGroup", c.sex,
         c.birth_year AS "birthYear", r.referral_date AS "referralDate", c.contact_start AS "contactStart", c.start_date AS "startDate",
         r.phase1_started AS "phase1Started", c.phase2_start AS "phase2Start", c.phase3_start AS "phase3Start", c.end_date AS "endDate",
         c.end_reason AS "endReason", c.handover_plan_date AS "handoverPlanDate"
  FROM course c JOIN course_register r ON r.course_id = c.id JOIN citizen ci ON ci.id = c.citizen_id LEFT JOIN worker w ON w.id = c.worker_id`;

export interface CourseFilter {
  municipalityCode?: number;
  worker?: string;
  courseId?: number;
}

/**
 * Registered courses in the registers the caller may read; imported cohorts are never listed here (they have no register
 * entry). Locked (`lock`, for a change) only within the registers the caller may change.
 */
export async function findRegisteredCourses(em: EntityManager, scope: AccessScope, filter: CourseFilter = {}, lock = false): Promise<RegisteredCourse[]> {
  const params: unknown[] = [];
  let where = `WHERE true${registerFilter(scope, 'c.evaluation_id', params, lock ? 'write' : 'read')}`;
  if (filter.courseId !== undefined) where += ` AND c.id = $${params.push(filter.courseId)}`;
  if (filter.municipalityCode !== undefined) where += ` AND c.municipality_code = $${params.push(filter.municipalityCode)}`;
  if (filter.worker !== undefined) where += ` AND w.pseudonym = $${params.push(filter.worker)}`;
  const rows = (await em.query(`${SELECT} ${where} ORDER BY c.municipality_code, c.id${lock ? ' FOR UPDATE OF c' : ''}`, params)) as RegisteredCourse[];
  return rows.map((r) => ({ ...r, municipalityCode: Number(r.municipalityCode), birthYear: r.birthYear === null ? null : Number(r.birthYear) }));
}

/** A course outside the caller's registers: "not found", so its existence does not leak either. */
export class CourseNotFound extends DomainError {
  constructor(readonly courseId: number) {
    super('not_found', 'course.not_found', { courseId });
  }
}

/**
 * Audits a refused lookup (a course id outside the caller's registers, or none at all). Written outside any transaction
 * the refusal rolls back, so it stays on record.
 */
export async function auditRefusedLookup(em: EntityManager, scope: AccessScope, courseId: number): Promise<void> {
  await writeAuditEvent(em, scope, { action: 'course.lookup', outcome: 'denied', target: `course ${courseId}` });
}

/** The course within the caller's registers, or CourseNotFound (audited). Not for use inside a transaction (see CourseWrites). */
export async function requireRegisteredCourse(em: EntityManager, scope: AccessScope, courseId: number): Promise<RegisteredCourse> {
  const course = await findRegisteredCourse(em, scope, courseId);
  if (!course) {
    await auditRefusedLookup(em, scope, courseId);
    throw new CourseNotFound(courseId);
  }
  return course;
}

export async function findRegisteredCourse(em: EntityManager, scope: AccessScope, courseId: number, lock = false): Promise<RegisteredCourse | null> {
  return (await findRegisteredCourses(em, scope, { courseId }, lock))[0] ?? null;
}

/** The first day anything can be recorded for a course: the contact period, else the transition. */
export function courseBegins(course: RegisteredCourse): IsoDate {
  return course.contactStart ?? course.startDate;
}
