import type { ComparisonRow, CostEffectiveness, CostEffectivenessQuadrant, CostRow } from './report-types';

export interface CostEffectivenessChoice {
  outcome: string;
  timepoint: 'm9' | 'm18';
  horizonMonths: 9 | 21;
  /** Whether a higher outcome value is better (false for the SDS scores). */
  higherIsBetter: boolean;
}

/**
 * cost_effectiveness: ICER = Δcost / Δeffect (DKK per point). Δeffect is oriented so that positive means CTI did
 * better (for lower-is-better outcomes the sign of the difference in change is flipped); the quadrant says in words
 * when the ratio is not a price.
 */
export function costEffectivenessSection(
  choice: CostEffectivenessChoice,
  costs: readonly CostRow[],
  comparison: readonly ComparisonRow[],
): CostEffectiveness | null {
  const cost = costs.find((c) => c.horizon_months === choice.horizonMonths);
  const effect = comparison.find((c) => c.outcome === choice.outcome && c.timepoint === choice.timepoint);
  if (!cost || !effect) return null;
  const deltaCost = cost.diff;
  const deltaEffect = choice.higherIsBetter ? effect.diff_in_change : -effect.diff_in_change;
  const quadrant = quadrantOf(deltaCost, deltaEffect);
  return {
    outcome: choice.outcome,
    timepoint: choice.timepoint,
    horizon_months: choice.horizonMonths,
    delta_cost: deltaCost,
    delta_effect: deltaEffect,
    icer: deltaEffect === 0 ? null : deltaCost / deltaEffect,
    quadrant,
    interpretation: describeQuadrant(quadrant, deltaCost, deltaEffect, choice.outcome),
    n: { cost: cost.n, effect: { cti: effect.n_cti, control: effect.n_control } },
  };
}

export function quadrantOf(deltaCost: number, deltaEffect: number): CostEffectivenessQuadrant {
  if (deltaEffect === 0 && deltaCost === 0) return 'no_difference';
  if (deltaCost <= 0 && deltaEffect >= 0) return 'dominant';
  if (deltaCost >= 0 && deltaEffect <= 0) return 'dominated';
  return deltaCost > 0 ? 'more_costly_more_effective' : 'less_costly_less_effective';
}

const dkk = (value: number) => `${Math.round(Math.abs(value)).toLocaleString('en-GB')} DKK`;
const points = (value: number) => `${Math.abs(value).toFixed(2)} points`;

function describeQuadrant(quadrant: CostEffectivenessQuadrant, deltaCost: number, deltaEffect: number, outcome: string): string {
  switch (quadrant) {
    case 'dominant':
      return `CTI dominates: it costs ${dkk(deltaCost)} less per citizen and gains ${points(deltaEffect)} more on ${outcome}; no ICER is needed.`;
    case 'dominated':
      return `CTI is dominated: it costs ${dkk(deltaCost)} more per citizen and gains ${points(deltaEffect)} less on ${outcome}.`;
    case 'more_costly_more_effective':
      return `CTI costs ${dkk(deltaCost)} more per citizen and gains ${points(deltaEffect)} more on ${outcome}: ${dkk(deltaCost / deltaEffect)} per point gained.`;
    case 'less_costly_less_effective':
      return `CTI saves ${dkk(deltaCost)} per citizen but gains ${points(deltaEffect)} less on ${outcome}: ${dkk(deltaCost / deltaEffect)} saved per point forgone.`;
    case 'no_difference':
      return 'CTI and control cost the same and achieve the same; no ICER.';
  }
}
