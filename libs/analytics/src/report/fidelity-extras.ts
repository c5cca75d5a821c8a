import type { DuckDBConnection } from '@duckdb/node-api';
import { mean } from 'simple-statistics';
import { queryFile } from '../engine/query';
import { groupBy } from './keys';

/** The method's caseload norm: about 10–12 citizens per full-time CTI worker. */
const CASELOAD_NORM = { min: 10, max: 12 };
/** The method's focus areas per plan: 2–3. */
const FOCUS_AREA_NORM = { min: 2, max: 3 };

export interface FidelityExtras {
  caseload: {
    norm: typeof CASELOAD_NORM;
    by_month: { month: string; workers: number; mean_caseload: number; max_caseload: number; workers_within_norm: number }[];
    by_worker_month: { worker_id: string; month: string; active_courses: number }[];
    /** Worker-months (n) and the share of them within the norm. */
    n: number;
    share_within_norm: number | null;
  };
  focus_areas_per_plan: {
    norm: typeof FOCUS_AREA_NORM;
    distribution: { focus_areas: number; courses: number }[];
    /** CTI courses (n) and the share whose plan has 2–3 focus areas. */
    n: number;
    share_within_norm: number | null;
  };
  handover_plans: { n: number; with_handover_plan: number; share: number | null };
  ended_after_nine_months: { n: number; count: number; share: number | null };
}

interface WorkerMonthRow {
  worker_id: string;
  month: string;
  active_courses: number;
}

const within = (value: number, norm: { min: number; max: number }) => value >= norm.min && value <= norm.max;
const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/** Fidelity beyond the reference: caseload per worker-month, focus areas per plan, handover plans, overlong courses. */
export async function fidelityExtrasSection(connection: DuckDBConnection): Promise<FidelityExtras> {
  const workerMonths = await queryFile<WorkerMonthRow>(connection, 'caseload_by_worker_month');
  const focus = await queryFile<{ focus_areas: number; courses: number }>(connection, 'focus_areas_per_plan');
  const [endings] = await queryFile<{ ended: number; with_handover_plan: number; ended_after_nine_months: number }>(connection, 'course_endings');
  const plans = focus.reduce((sum, f) => sum + f.courses, 0);
  return {
    caseload: {
      norm: CASELOAD_NORM,
      by_month: [...groupBy(workerMonths, (r) => r.month).entries()].map(([month, rows]) => {
        const loads = rows.map((r) => r.active_courses);
        return {
          month,
          workers: rows.length,
          mean_caseload: mean(loads),
          max_caseload: Math.max(...loads),
          workers_within_norm: loads.filter((l) => within(l, CASELOAD_NORM)).length,
        };
      }),
      by_worker_month: workerMonths,
      n: workerMonths.length,
      share_within_norm: share(workerMonths.filter((r) => within(r.active_courses, CASELOAD_NORM)).length, workerMonths.length),
    },
    focus_areas_per_plan: {
      norm: FOCUS_AREA_NORM,
      distribution: focus,
      n: plans,
      share_within_norm: share(
        focus.filter((f) => within(f.focus_areas, FOCUS_AREA_NORM)).reduce((sum, f) => sum + f.courses, 0),
        plans,
      ),
    },
    handover_plans: { n: endings.ended, with_handover_plan: endings.with_handover_plan, share: share(endings.with_handover_plan, endings.ended) },
    ended_after_nine_months: { n: endings.ended, count: endings.ended_after_nine_months, share: share(endings.ended_after_nine_months, endings.ended) },
  };
}
