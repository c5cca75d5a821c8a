import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { looksLikeCpr, type AccessScope, type Arm, type IsoDate, type Sex, type TargetGroup, DomainError } from '@cti/domain';
import { writeAuditEvent } from '@cti/audit';
import { bumpDataVersion } from '@cti/cohorts';
import type { Clock } from '../../calendar/clock';
import { CLOCK } from '../tokens';
import { ensurePseudonym, lockRegister } from '../repository/register-evaluations';
import { findRegisteredCourses, type CourseFilter, type RegisteredCourse } from '../repository/registered-course';
import { municipalityToWrite, requireReadableFilter } from '../register-scope';
import { CourseWrites } from './course-writes';

export interface NewCourse {
  citizen: string;
  municipalityCode?: number;
  courseCode?: string;
  arm: Arm;
  targetGroup?: TargetGroup;
  worker?: string;
  sex?: Sex;
  birthYear?: number;
  referralDate?: IsoDate;
  contactStart?: IsoDate;
  /** The planned transition (start of phase 1), replaced by the actual date when phase 1 starts. */
  plannedStart: IsoDate;
}

/** Dates of a new course must already be in order: referral, then contact period, then the transition. */
function orderProblem(c: NewCourse): string | null {
  if (c.arm === 'control' && c.contactStart) return 'a control-group course has no CTI contact period';
  if (c.referralDate && c.contactStart && c.referralDate > c.contactStart) return `the referral (${c.referralDate}) cannot be after the contact period starts (${c.contactStart})`;
  if (c.referralDate && c.referralDate > c.plannedStart) return `the referral (${c.referralDate}) cannot be after the transition (${c.plannedStart})`;
  if (c.contactStart && c.contactStart > c.plannedStart) return `the contact period (${c.contactStart}) must start before the transition (${c.plannedStart})`;
  return null;
}

async function nextCourseCode(em: EntityManager, evaluationId: number): Promise<string> {
  const [{ n }] = (await em.query('SELECT count(*)::int AS n FROM course WHERE evaluation_id = $1', [evaluationId])) as { n: number }[];
  for (let i = n + 1; ; i++) {
    const code = `F-${String(i).padStart(4, '0')}`;
    const taken = (await em.query('SELECT 1 FROM course WHERE evaluation_id = $1 AND course_code = $2', [evaluationId, code])) as unknown[];
    if (taken.length === 0) return code;
  }
}

/** Registers courses and reads them back; each course lives in the cohort tables of its municipality's register. */
@Injectable()
export class CoursesService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CourseWrites) private readonly writes: CourseWrites,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async create(scope: AccessScope, c: NewCourse): Promise<RegisteredCourse> {
    const municipalityCode = municipalityToWrite(scope, c.municipalityCode);
    const problem = orderProblem(c);
    if (problem) throw new DomainError('invalid', 'course.invalid', { problem });
    for (const p of [c.citizen, c.worker ?? '']) if (looksLikeCpr(p)) throw new DomainError('invalid', 'pseudonym.looks_like_cpr');
    const id = await this.dataSource.transaction(async (em) => {
      const evaluation = await lockRegister(em, municipalityCode);
      const code = c.courseCode ?? (await nextCourseCode(em, evaluation.id));
      const clash = (await em.query('SELECT 1 FROM course WHERE evaluation_id = $1 AND course_code = $2', [evaluation.id, code])) as unknown[];
      if (clash.length > 0) throw new DomainError('conflict', 'course.exists', { code });
      const citizenId = await ensurePseudonym(em, 'citizen', evaluation.id, c.citizen.trim());
      const workerId = c.worker ? await ensurePseudonym(em, 'worker', evaluation.id, c.worker.trim()) : null;
      const [{ id }] = (await em.query(
        `INSERT INTO course (evaluation_id, course_code, citizen_id, municipality_code, arm, target_group, worker_id, sex, birth_year, contact_start, start_date)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
        [evaluation.id, code, citizenId, municipalityCode, c.arm, c.targetGroup ?? null, workerId, c.sex ?? null, c.birthYear ?? null, c.contactStart ?? null, c.plannedStart],
      )) as { id: number }[];
      await em.query('INSERT INTO course_register (course_id, referral_date, created_at, created_by) VALUES ($1, $2, $3, $4)', [id, c.referralDate ?? null, this.clock.now(), scope.actor]);
      await this.writes.stamp(em, scope, id, 'registered', municipalityCode);
      await bumpDataVersion(em, evaluation.id);
      return id;
    });
    return (await findRegisteredCourses(this.dataSource.manager, scope, { courseId: id }))[0];
  }

  async list(scope: AccessScope, filter: CourseFilter = {}): Promise<RegisteredCourse[]> {
    await requireReadableFilter(this.dataSource.manager, scope, 'course.list', filter.municipalityCode);
    const courses = await findRegisteredCourses(this.dataSource.manager, scope, filter);
    // Row-level reads go into the audit trail: who looked at which courses, with what filter.
    await writeAuditEvent(this.dataSource.manager, scope, { action: 'course.list', municipalityCode: filter.municipalityCode ?? null, target: `${courses.length} courses`, detail: { ...filter } });
    return courses;
  }

  /** Assigns a (new) CTI worker: caseloads follow. */
  async assignWorker(scope: AccessScope, courseId: number, worker: string): Promise<void> {
    if (looksLikeCpr(worker)) throw new DomainError('invalid', 'pseudonym.looks_like_cpr');
    await this.writes.change(scope, courseId, 'worker', async (em, course) => {
      const workerId = await ensurePseudonym(em, 'worker', course.evaluationId, worker.trim());
      await em.query('UPDATE course SET worker_id = $2 WHERE id = $1', [courseId, workerId]);
    });
  }
}
