import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { mayReadEvaluation, type AccessScope, type IsoDate, DomainError } from '@cti/domain';
import { writeAuditEvent } from '@cti/audit';

/** One course of an evaluation as its readers see it: pseudonyms only, with how much was recorded. */
export interface EvaluationCourseRow {
  courseId: string;
  citizen: string;
  municipalityCode: number;
  arm: string;
  targetGroup: string | null;
  worker: string | null;
  startDate: IsoDate;
  phase2Start: IsoDate | null;
  phase3Start: IsoDate | null;
  endDate: IsoDate | null;
  endReason: string | null;
  measurements: number;
  contacts: number;
}

/**
 * The row-level course list of an evaluation, filtered in the query by what the caller may see: an evaluator its
 * member evaluations, a municipality its own municipality's courses in any evaluation; the agency never (no rows).
 */
@Injectable()
export class EvaluationCoursesService {
  constructor(private readonly dataSource: DataSource) {}

  async list(scope: AccessScope, slug: string): Promise<EvaluationCourseRow[]> {
    if (!scope.rowLevel) throw new DomainError('forbidden', 'access.rows_forbidden');
    if (!mayReadEvaluation(scope, slug)) throw new DomainError('not_found', 'evaluation.not_found', { slug });
    const params: unknown[] = [slug];
    const municipalities = scope.municipalityCodes === 'all' ? '' : `AND c.municipality_code = ANY($${params.push(scope.municipalityCodes)}::smallint[])`;
    const rows = (await this.dataSource.query(
      `SELECT c.course_code AS "courseId", ci.pseudonym AS citizen, c.municipality_code AS "municipalityCode", c.arm, c.target_group AS "targetGroup",
              w.pseudonym AS worker, c.start_date AS "startDate", c.phase2_start AS "phase2Start", c.phase3_start AS "phase3Start",
              c.end_date AS "endDate", c.end_reason AS "endReason",
              (SELECT count(*)::int FROM measurement m WHERE m.course_id = c.id) AS measurements,
              (SELECT count(*)::int FROM contact k WHERE k.course_id = c.id) AS contacts
       FROM course c JOIN evaluation e ON e.id = c.evaluation_id JOIN citizen ci ON ci.id = c.citizen_id LEFT JOIN worker w ON w.id = c.worker_id
       WHERE e.slug = $1 ${municipalities} ORDER BY c.municipality_code, c.course_code`,
      params,
    )) as EvaluationCourseRow[];
    await writeAuditEvent(this.dataSource.manager, scope, {
      action: 'course.list', evaluation: slug, target: `${rows.length} courses`,
      municipalityCode: scope.municipalityCodes === 'all' || scope.municipalityCodes.length !== 1 ? null : scope.municipalityCodes[0],
    });
    return rows.map((r) => ({ ...r, municipalityCode: Number(r.municipalityCode) }));
  }
}
