import type { EntityManager } from 'typeorm';
import type { AccessScope, Arm, EndReason, IsoDate, Sex, TargetGroup } from '@cti/domain';
import type { CourseTimeline } from '../../method/course-timeline';
import { municipalityFilter } from '../register-scope';

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

/** Registered courses in the caller's scope; imported cohorts are never listed here (they have no register entry). */
export async function findRegisteredCourses(em: EntityManager, scope: AccessScope, filter: CourseFilter = {}, lock = false): Promise<RegisteredCourse[]> {
  const params: unknown[] = [];
  let where = `WHERE true${municipalityFilter(scope, 'c.municipality_code', params)}`;
  if (filter.courseId !== undefined) where += ` AND c.id = $${params.push(filter.courseId)}`;
  if (filter.municipalityCode !== undefined) where += ` AND c.municipality_code = $${params.push(filter.municipalityCode)}`;
  if (filter.worker !== undefined) where += ` AND w.pseudonym = $${params.push(filter.worker)}`;
  const rows = (await em.query(`${SELECT} ${where} ORDER BY c.municipality_code, c.id${lock ? ' FOR UPDATE OF c' : ''}`, params)) as RegisteredCourse[];
  return rows.map((r) => ({ ...r, municipalityCode: Number(r.municipalityCode), birthYear: r.birthYear === null ? null : Number(r.birthYear) }));
}

export async function findRegisteredCourse(em: EntityManager, scope: AccessScope, courseId: number, lock = false): Promise<RegisteredCourse | null> {
  return (await findRegisteredCourses(em, scope, { courseId }, lock))[0] ?? null;
}

/** The first day anything can be recorded for a course: the contact period, else the transition. */
export function courseBegins(course: RegisteredCourse): IsoDate {
  return course.contactStart ?? course.startDate;
}
