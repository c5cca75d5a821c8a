import type { CohortReport, ReportCells } from '@cti/analytics';
import { countOfTotalIsSmall, restsOnFew, smallCount, suppressPartition } from './cells';
import { hide, hideIfFew } from './hide';
import { DERIVABLE, fewerThan, ROW_LEVEL } from './withheld';

const PHASES = ['phase1', 'phase2', 'phase3'] as const;

// Fidelity and the CONSORT flow: counts of courses, and counts out of totals.

export function suppressFidelity(out: CohortReport, k: number): void {
  const f = out.fidelity;
  if (smallCount(f.n, k)) hide(f, ['n'], fewerThan(k));
  for (const phase of PHASES) {
    const p = f.phase_length_days[phase];
    if (!hideIfFew(p, 'n', p.n, ['median', 'within_14_days_of_91'], k) && countOfTotalIsSmall(p.within_14_days_of_91, p.n, k)) hide(p, ['within_14_days_of_91'], DERIVABLE);
  }
  for (const phase of Object.keys(f.contact_courses_by_phase)) {
    if (!restsOnFew(f.contact_courses_by_phase[phase], k)) continue;
    hide(f.contact_minutes_by_phase, [phase], fewerThan(k));
    hide(f.intensity_ratio, [phase], fewerThan(k));
    if (smallCount(f.contact_courses_by_phase[phase], k)) hide(f.contact_courses_by_phase, [phase], fewerThan(k));
  }
  // one worker's caseload month by month is about that worker, not an aggregate
  hide(f.caseload, ['by_worker_month'], ROW_LEVEL);
  for (const month of f.caseload.by_month) {
    if (restsOnFew(Math.round(month.workers * month.mean_caseload), k)) hide(month, ['mean_caseload', 'max_caseload'], fewerThan(k));
  }
  const plans = f.focus_areas_per_plan;
  if (restsOnFew(plans.n, k)) hide(plans, ['distribution', 'share_within_norm', ...(smallCount(plans.n, k) ? ['n'] : [])], fewerThan(k));
  else {
    const within = Math.round((plans.share_within_norm ?? 0) * plans.n);
    suppressPartition(plans.distribution.map((d) => ({ count: d.courses, withhold: (marker) => hide(d, ['courses'], marker) })), k);
    if (countOfTotalIsSmall(within, plans.n, k)) hide(plans, ['share_within_norm'], DERIVABLE);
  }
  for (const part of [f.handover_plans, f.ended_after_nine_months] as Record<string, number | null>[]) {
    const countKey = 'with_handover_plan' in part ? 'with_handover_plan' : 'count';
    const count = part[countKey] ?? 0;
    const n = part.n ?? 0;
    if (hideIfFew(part, 'n', n, [countKey, 'share'], k)) continue;
    if (countOfTotalIsSmall(count, n, k)) hide(part, [countKey, 'share'], DERIVABLE);
  }
}

/** CONSORT flow per arm and timepoint: allocated ⊇ measured ⊇ analysed, so each difference is a count as well. */
export function suppressAttrition(out: ReportCells, k: number): void {
  for (const row of out.attrition) {
    // a figure the report does not give (no analysis at baseline) is not withheld: there is nothing to protect
    if (hideIfFew(row, 'allocated', row.allocated, row.analysed === null ? ['measured'] : ['measured', 'analysed'], k)) continue;
    const measuredHidden = countOfTotalIsSmall(row.measured, row.allocated, k);
    if (measuredHidden) hide(row, ['measured'], smallCount(row.measured, k) ? fewerThan(k) : DERIVABLE);
    if (row.analysed === null) continue;
    const analysedSmall = smallCount(row.analysed, k) || smallCount(row.allocated - row.analysed, k) || (!measuredHidden && smallCount(row.measured - row.analysed, k));
    if (analysedSmall) hide(row, ['analysed'], smallCount(row.analysed, k) ? fewerThan(k) : DERIVABLE);
  }
}
