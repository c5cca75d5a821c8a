import type { DuckDBConnection } from '@duckdb/node-api';
import { queryFile } from '../engine/query';
import type { Interval } from '../statistics/distributions';
import { contrast, fitTwoVisitMmrm, type MmrmSubject } from '../statistics/mmrm';
import type { UnavailableFigure } from './gaps';
import { groupBy } from './keys';
import type { ArmName } from './report-types';

export const MMRM_VISITS = ['m9', 'm18'] as const;

export interface MmrmRow {
  outcome: string;
  timepoint: string;
  /** The arm effect (CTI − control, baseline-adjusted) at this visit. */
  estimate: number;
  se: number;
  ci: Interval;
  t: number;
  /** N − p: readings in the model minus its six coefficients, as nlme's summary.gls. */
  df: number;
  p: number;
  /** Courses with a reading at this visit, per arm. */
  n_cti: number;
  n_control: number;
  /** Courses in the model (a baseline and at least one follow-up) and their readings. */
  n: number;
  n_observations: number;
  /** The unstructured residual covariance: SD at m9 and m18 and their correlation. */
  residual_sd: [number, number];
  residual_correlation: number;
}

export interface MmrmObservation {
  course_id: string;
  arm: ArmName;
  timepoint: string;
  baseline: number;
  follow: number;
}

const MIN_PER_ARM_AND_VISIT = 3;
const MIN_WITH_BOTH_VISITS = 3;

/** Design row of follow ~ visit × (baseline + arm) in cell-means form: per visit an intercept, a baseline slope and the arm effect. */
function designRow(visit: number, baseline: number, cti: number): number[] {
  const at = (v: number) => (visit === v ? 1 : 0);
  return [at(0), at(1), at(0) * baseline, at(1) * baseline, at(0) * cti, at(1) * cti];
}

export async function mmrmObservations(connection: DuckDBConnection, outcome: string): Promise<MmrmObservation[]> {
  return queryFile<MmrmObservation>(connection, 'mmrm_observations', { outcome });
}

/** The repeated-measures model for one outcome: per visit the arm effect, or why it cannot be estimated. */
export function mmrmForOutcome(outcome: string, observations: readonly MmrmObservation[]): { rows: MmrmRow[]; unavailable: UnavailableFigure[] } {
  const courses = [...groupBy(observations, (o) => o.course_id).values()];
  const count = (arm: ArmName, visit: string) => observations.filter((o) => o.arm === arm && o.timepoint === visit).length;
  const withBoth = courses.filter((c) => c.length === 2).length;
  const problems = MMRM_VISITS.flatMap((visit) =>
    (['cti', 'control'] as const).flatMap((arm) =>
      count(arm, visit) < MIN_PER_ARM_AND_VISIT ? [`fewer than ${MIN_PER_ARM_AND_VISIT} courses with a baseline and a ${visit} reading in the ${arm === 'cti' ? 'CTI' : 'control'} arm (${count(arm, visit)})`] : [],
    ),
  );
  if (withBoth < MIN_WITH_BOTH_VISITS) problems.push(`fewer than ${MIN_WITH_BOTH_VISITS} courses with both m9 and m18 readings (${withBoth}): the correlation between visits cannot be estimated`);
  if (problems.length) {
    const reason = problems.join('; ');
    return {
      rows: [],
      unavailable: MMRM_VISITS.map((timepoint) => ({ section: 'mmrm', outcome, timepoint, value: null, reason, n_cti: count('cti', timepoint), n_control: count('control', timepoint) })),
    };
  }
  const subjects: MmrmSubject[] = courses.map((readings) => ({
    visits: readings.map((r) => MMRM_VISITS.indexOf(r.timepoint as (typeof MMRM_VISITS)[number])),
    rows: readings.map((r) => designRow(MMRM_VISITS.indexOf(r.timepoint as (typeof MMRM_VISITS)[number]), r.baseline, r.arm === 'cti' ? 1 : 0)),
    responses: readings.map((r) => r.follow),
  }));
  const fit = fitTwoVisitMmrm(subjects);
  const rows = MMRM_VISITS.map((timepoint, visit) => {
    const effect = contrast(fit, [0, 0, 0, 0, visit === 0 ? 1 : 0, visit === 1 ? 1 : 0]);
    return {
      outcome,
      timepoint,
      estimate: effect.estimate,
      se: effect.se,
      ci: effect.ci,
      t: effect.t,
      df: effect.df,
      p: effect.p,
      n_cti: count('cti', timepoint),
      n_control: count('control', timepoint),
      n: courses.length,
      n_observations: fit.observations,
      residual_sd: fit.sd,
      residual_correlation: fit.correlation,
    };
  });
  return { rows, unavailable: [] };
}
