import { cohenDzInterval, hedgesGInterval } from '../statistics/effect-size-intervals';
import type { Interval } from '../statistics/distributions';
import type { OutcomeHierarchy } from './outcome-hierarchy';
import type { ArmName, ChangeRow, ComparisonRow } from './report-types';

export interface EffectSizes {
  /** Hedges' g of the difference in change, CTI − control, with its large-sample 95 % interval. */
  between_arms: { outcome: string; timepoint: string; hedges_g: number; se: number; ci: Interval; n_cti: number; n_control: number }[];
  /** Cohen's d_z of the within-arm change, with its large-sample 95 % interval. */
  within_arm: { outcome: string; arm: ArmName; timepoint: string; cohen_dz: number; se: number; ci: Interval; n: number }[];
  method: string;
}

const METHOD
  = "Large-sample normal intervals: Hedges' g ± 1.96·SE, SE² = (n₁+n₂)/(n₁n₂) + g²/(2(n₁+n₂)) (Hedges & Olkin 1985); Cohen's d_z ± 1.96·SE, SE² = 1/n + d_z²/(2n).";

/** Effect sizes with intervals for the primary and key secondary outcomes. */
export function effectSizesSection(hierarchy: OutcomeHierarchy, change: readonly ChangeRow[], comparison: readonly ComparisonRow[]): EffectSizes {
  const outcomes = new Set([hierarchy.primary.outcome, ...hierarchy.keySecondary]);
  return {
    between_arms: comparison
      .filter((c) => outcomes.has(c.outcome))
      .map((c) => ({ outcome: c.outcome, timepoint: c.timepoint, hedges_g: c.hedges_g, ...hedgesGInterval(c.hedges_g, c.n_cti, c.n_control), n_cti: c.n_cti, n_control: c.n_control })),
    within_arm: change
      .filter((c) => outcomes.has(c.outcome))
      .map((c) => ({ outcome: c.outcome, arm: c.arm, timepoint: c.timepoint, cohen_dz: c.cohen_dz, ...cohenDzInterval(c.cohen_dz, c.n), n: c.n })),
    method: METHOD,
  };
}
