import type { CostEffectivenessBootstrap } from './cost-effectiveness-bootstrap';
import type { ReportWarning } from './gaps';

export interface SparsePairsBootstrap extends Omit<CostEffectivenessBootstrap, 'replicates' | 'acceptability'> {
  /** The CE plane; Δeffect is null in a replicate where an arm drew no complete pair. */
  replicates: { delta_cost: number; delta_effect: number | null }[];
  /** Null only when no replicate has a Δeffect. */
  acceptability: { wtp: number; probability_cost_effective: number | null; inb: number }[];
  /** Replicates in which an arm drew no course with a complete pair: they have no Δeffect. */
  replicates_without_effect: number;
  /** Replicates behind the acceptability curve and the Δeffect interval. */
  replicates_with_effect: number;
  /** How replicates without Δeffect are handled, in words. */
  sparse_pairs_rule: string;
}

const RULE
  = 'Replicates in which an arm draws no course with a complete pair have no Δeffect; they are left out of the acceptability curve (numerator and denominator) and of the Δeffect interval, and kept in the Δcost interval.';

/**
 * A replicate without Δeffect cannot say whether CTI is cost-effective, so counting it in the CEAC's denominator
 * (as "not cost-effective") biases the curve downwards: the curve is the share among replicates with a Δeffect.
 */
export function withSparsePairsHandled(bootstrap: CostEffectivenessBootstrap, warnings: ReportWarning[]): SparsePairsBootstrap {
  const withEffect = bootstrap.replicates.filter((r) => Number.isFinite(r.delta_effect));
  const without = bootstrap.replicates.length - withEffect.length;
  if (without > 0) {
    warnings.push({
      code: 'bootstrap_replicates_without_effect',
      message: `${without} of ${bootstrap.replicates.length} bootstrap replicates drew no complete pair in an arm; ${RULE.charAt(0).toLowerCase()}${RULE.slice(1)}`,
      params: { without, iterations: bootstrap.replicates.length },
    });
  }
  return {
    ...bootstrap,
    // JSON has no NaN: a replicate without Δeffect says null.
    replicates: bootstrap.replicates.map((r) => ({ delta_cost: r.delta_cost, delta_effect: Number.isFinite(r.delta_effect) ? r.delta_effect : null })),
    acceptability: bootstrap.acceptability.map((point) => ({
      ...point,
      probability_cost_effective: withEffect.length
        ? withEffect.filter((r) => point.wtp * r.delta_effect - r.delta_cost > 0).length / withEffect.length
        : null,
    })),
    replicates_without_effect: without,
    replicates_with_effect: withEffect.length,
    sparse_pairs_rule: RULE,
  };
}
