import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AccessScope } from '@cti/domain';
import { writeAuditEvent } from '@cti/audit';
import { todayOf, type Clock } from '../../calendar/clock';
import { computeFidelity, type FidelityPicture } from '../../fidelity/compute-alerts';
import { stageOf, STAGES, type Stage } from '../../method/course-timeline';
import type { FidelityNorms } from '../../method/fidelity-norms';
import { loadCourseFacts } from '../repository/course-facts';
import { findRegisteredCourses, type CourseFilter } from '../repository/registered-course';
import { requireReadableFilter } from '../register-scope';
import { CLOCK, FIDELITY_NORMS } from '../tokens';

export interface TeamSummary {
  municipalityCode: number;
  name: string;
  courses: Record<Stage, number>;
  alerts: number;
}

export interface FidelityReport extends FidelityPicture {
  teams: TeamSummary[];
}

/** Fidelity alerts per team (municipality) and per worker, computed from the registered courses on the clock's today. */
@Injectable()
export class FidelityService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(FIDELITY_NORMS) private readonly norms: FidelityNorms,
  ) {}

  async alerts(scope: AccessScope, filter: Omit<CourseFilter, 'courseId'> = {}, overrides: Partial<FidelityNorms> = {}): Promise<FidelityReport> {
    const em = this.dataSource.manager;
    await requireReadableFilter(em, scope, 'fidelity.alerts', filter.municipalityCode);
    const courses = await findRegisteredCourses(em, scope, filter);
    await writeAuditEvent(em, scope, { action: 'fidelity.alerts', municipalityCode: filter.municipalityCode ?? null, target: `${courses.length} courses`, detail: { ...filter } });
    const picture = computeFidelity(await loadCourseFacts(em, courses), todayOf(this.clock), { ...this.norms, ...overrides });
    const codes = [...new Set(courses.map((c) => c.municipalityCode))];
    const names = (await em.query('SELECT code, name FROM municipality WHERE code = ANY($1::smallint[])', [codes])) as { code: number; name: string }[];
    const teams = codes.map((code) => {
      const counts = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
      for (const c of courses.filter((c) => c.municipalityCode === code)) counts[stageOf(c)]++;
      return { municipalityCode: code, name: names.find((n) => Number(n.code) === code)?.name ?? String(code), courses: counts, alerts: picture.alerts.filter((a) => a.municipalityCode === code).length };
    });
    return { ...picture, teams };
  }
}
