// The report's JSON shape: the sections and field names of analysis-spec.md / reference.json, plus what the
// platform adds (metadata, an `n` on every figure, the extras). Arms are `cti` | `control`.
import type { Interval } from '../statistics/distributions';

export type ArmName = 'cti' | 'control';
export type PerArm<T> = Record<ArmName, T>;

export interface DescriptiveRow {
  outcome: string;
  arm: ArmName;
  timepoint: string;
  n: number;
  mean: number;
  sd: number | null;
}

export interface ChangeRow {
  outcome: string;
  arm: ArmName;
  timepoint: string;
  n: number;
  mean_change: number;
  sd_change: number;
  ci: Interval;
  t: number;
  df: number;
  p_ttest: number;
  p_wilcoxon: number | null;
  cohen_dz: number;
}

export interface ComparisonRow {
  outcome: string;
  timepoint: string;
  n_cti: number;
  n_control: number;
  diff_in_change: number;
  welch_ci: Interval;
  welch_t: number;
  welch_df: number;
  welch_p: number;
  hedges_g: number;
  ancova_estimate: number;
  ancova_se: number;
  ancova_ci: Interval;
  ancova_p: number;
  /** Complete pairs in the ANCOVA model (n_cti + n_control). */
  n: number;
}

export interface RecoveryStarRow {
  arm: ArmName;
  timepoint: string;
  dimensions_with_positive_mean_change: number;
  dimensions_improved_holm_05: number;
  improved: string[];
  /** Dimensions with a change entry (the Holm family size). */
  dimensions_tested: number;
  /** Smallest and largest number of complete pairs among those dimensions. */
  n_min: number;
  n_max: number;
}

export interface CostRow {
  horizon_months: number;
  mean_cost: PerArm<number>;
  sd_cost: PerArm<number | null>;
  n: PerArm<number>;
  mean_cost_by_category: PerArm<Record<string, number>>;
  diff: number;
  welch_ci: Interval;
  /** Bootstrap percentile 95 % interval of the difference (costs are skewed); null without a bootstrap. */
  bootstrap_ci?: Interval | null;
}

export type CostEffectivenessQuadrant = 'dominant' | 'dominated' | 'more_costly_more_effective' | 'less_costly_less_effective' | 'no_difference';

export interface CostEffectiveness {
  outcome: string;
  timepoint: string;
  horizon_months: number;
  delta_cost: number;
  delta_effect: number;
  /** Only meaningful as a price when CTI costs more and gains more (or saves and loses); see `quadrant`. */
  icer: number | null;
  quadrant: CostEffectivenessQuadrant;
  interpretation: string;
  n: { cost: PerArm<number>; effect: PerArm<number> };
}

export interface PhaseLengthSummary {
  n: number;
  median: number | null;
  within_14_days_of_91: number;
}

export interface Fidelity {
  /** CTI courses in scope. */
  n: number;
  phase_length_days: Record<'phase1' | 'phase2' | 'phase3', PhaseLengthSummary>;
  contact_minutes_by_phase: Record<string, number>;
  intensity_ratio: Record<string, number | null>;
  /** CTI courses with at least one contact in each phase. */
  contact_courses_by_phase: Record<string, number>;
}

export interface ReportMetadata {
  snapshot: { id: string; createdAt: string; source: string };
  generatedAt: string;
  filters: { municipalityCode: number | null; targetGroup: string | null; startFrom: string | null; startTo: string | null };
  baselineRule: { rule: 'first' | 'lower_of_first_two'; instrument: string; description: string };
  definitionsVersion: string;
}
