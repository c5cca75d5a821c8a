import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AccessScope } from '@cti/domain';
import { writeAuditEvent } from '@cti/audit';
import { todayOf, type Clock } from '../../calendar/clock';
import { ALERT_KINDS, type AlertKind } from '../../fidelity/alert';
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

/** One team's open alerts as counts only: no course, citizen or worker (what the agency may be shown, before suppression). */
export interface TeamAlertCounts {
  municipalityCode: number;
  name: string;
  /** Courses not yet ended (contact period and phases 1–3). */
  openCourses: number;
  alerts: number;
  byKind: Record<AlertKind, number>;
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

  /**
   * Open alerts counted per team and kind over every register, for a role that reads no register (the agency): the
   * alerts are computed here and only their counts leave, never a course, citizen or worker. The caller withholds small counts.
   */
  async alertCounts(scope: AccessScope, overrides: Partial<FidelityNorms> = {}): Promise<{ asOf: string; teams: TeamAlertCounts[] }> {
    const em = this.dataSource.manager;
    const reader: AccessScope = { ...scope, registerReads: 'all' };
    const courses = await findRegisteredCourses(em, reader, {});
    const today = todayOf(this.clock);
    const picture = computeFidelity(await loadCourseFacts(em, courses), today, { ...this.norms, ...overrides });
    await writeAuditEvent(em, scope, { action: 'fidelity.alert_counts', target: `${courses.length} courses` });
    const codes = [...new Set(courses.map((c) => c.municipalityCode))].sort((a, b) => a - b);
    const names = (await em.query('SELECT code, name FROM municipality WHERE code = ANY($1::smallint[])', [codes])) as { code: number; name: string }[];
    const teams = codes.map((code) => {
      const alerts = picture.alerts.filter((a) => a.municipalityCode === code);
      const byKind = Object.fromEntries(ALERT_KINDS.map((kind) => [kind, alerts.filter((a) => a.kind === kind).length])) as Record<AlertKind, number>;
      const openCourses = courses.filter((c) => c.municipalityCode === code && stageOf(c) !== 'ended').length;
      return { municipalityCode: code, name: names.find((n) => Number(n.code) === code)?.name ?? String(code), openCourses, alerts: alerts.length, byKind };
    });
    return { asOf: today, teams };
  }
}
