import type { DuckDBConnection } from '@duckdb/node-api';
import { quantileSorted } from 'simple-statistics';
import { slicer } from '../engine/cooperative';
import { queryFile, reportSignal } from '../engine/query';
import { CompensatedSum } from '../statistics/compensated-sum';
import { seededRandom } from '../statistics/seeded-random';
import type { CostEffectivenessChoice } from './cost-effectiveness';
import type { ArmName, PerArm } from './report-types';

export interface BootstrapOptions {
  iterations: number;
  seed: number;
  /** Willingness to pay per point, DKK: the acceptability curve runs from 0 to this in 100 steps; chosen from the data when absent. */
  maxWtp?: number;
}

/** The acceptability curve's range: given as an option, or chosen from the replicates (analysis/README.md). */
export interface WtpRange {
  max: number;
  chosen: 'option' | 'data';
  rule: string;
}

const WTP_RULE
  = "From the data: the 95th percentile of the replicates' switch points Δcost/Δeffect (where a replicate's net benefit changes sign; those with a positive ratio), or twice the point ICER when larger, rounded up to 1, 2 or 5 × 10^k; 100,000 DKK per point when no replicate switches.";

/** The smallest of 1, 2, 5 × 10^k at or above x. */
function niceCeil(x: number): number {
  const power = 10 ** Math.floor(Math.log10(x));
  return [1, 2, 5, 10].map((m) => m * power).find((v) => v >= x * (1 - 1e-12)) as number;
}

export function chooseWtpRange(replicates: readonly { delta_cost: number; delta_effect: number }[], point: { delta_cost: number; delta_effect: number }, maxWtp?: number): WtpRange {
  if (maxWtp !== undefined) return { max: maxWtp, chosen: 'option', rule: 'Given as the report option maxWtp.' };
  const switches = replicates.map((r) => r.delta_cost / r.delta_effect).filter((x) => Number.isFinite(x) && x > 0).sort((a, b) => a - b);
  const icer = point.delta_effect !== 0 ? point.delta_cost / point.delta_effect : NaN;
  const candidates = [switches.length ? quantileSorted(switches, 0.95) : NaN, Number.isFinite(icer) && icer > 0 ? 2 * icer : NaN].filter(Number.isFinite);
  return { max: candidates.length ? niceCeil(Math.max(...candidates)) : 100_000, chosen: 'data', rule: WTP_RULE };
}

export interface CostEffectivenessBootstrap {
  iterations: number;
  seed: number;
  /** Courses resampled per arm (all for cost; those with a complete pair for effect). */
  n: { cost: PerArm<number>; effect: PerArm<number> };
  /** The CE plane: one (Δcost, Δeffect) per replicate. */
  replicates: { delta_cost: number; delta_effect: number }[];
  /** Percentile 95 % intervals of the replicates. */
  delta_cost_ci: [number, number];
  delta_effect_ci: [number, number];
  wtp_range: WtpRange;
  /** Cost-effectiveness acceptability curve and incremental net benefit λ·Δeffect − Δcost at the point estimate. */
  acceptability: { wtp: number; probability_cost_effective: number; inb: number }[];
}

interface BootstrapCourse {
  arm: ArmName;
  cost: number;
  change: number | null;
}

/**
 * Non-parametric bootstrap of (Δcost, Δeffect), resampling courses with replacement within each arm
 * (Drummond et al., Methods for the Economic Evaluation of Health Care Programmes, ch. 11); the CEAC at λ is the
 * share of replicates with positive net benefit λ·Δeffect − Δcost.
 */
export async function bootstrapCostEffectiveness(
  connection: DuckDBConnection,
  choice: CostEffectivenessChoice,
  point: { delta_cost: number; delta_effect: number },
  options: BootstrapOptions,
): Promise<CostEffectivenessBootstrap> {
  const courses = await queryFile<BootstrapCourse>(connection, 'cost_effectiveness_courses', {
    outcome: choice.outcome,
    timepoint: choice.timepoint,
    horizon_months: choice.horizonMonths,
  });
  const byArm = { cti: armColumns(courses, 'cti'), control: armColumns(courses, 'control') };
  const random = seededRandom(options.seed);
  const orientation = choice.higherIsBetter ? 1 : -1;
  const slice = slicer(reportSignal(connection));
  const replicates: CostEffectivenessBootstrap['replicates'] = [];
  for (let r = 0; r < options.iterations; r++) {
    // The CTI arm's draws, then the control arm's: the same sequence of draws as resampling rows one by one.
    const cti = resampledMeans(byArm.cti, random);
    const control = resampledMeans(byArm.control, random);
    replicates.push({ delta_cost: cti.cost - control.cost, delta_effect: orientation * (cti.change - control.change) });
    await slice.pause();
  }
  const wtpRange = chooseWtpRange(replicates, point, options.maxWtp);
  const wtpStep = wtpRange.max / 100;
  return {
    iterations: options.iterations,
    seed: options.seed,
    n: {
      cost: { cti: byArm.cti.cost.length, control: byArm.control.cost.length },
      effect: { cti: byArm.cti.withChange, control: byArm.control.withChange },
    },
    replicates,
    delta_cost_ci: percentileInterval(replicates.map((r) => r.delta_cost)),
    delta_effect_ci: percentileInterval(replicates.map((r) => r.delta_effect)),
    wtp_range: wtpRange,
    acceptability: Array.from({ length: 101 }, (_, i) => {
      const wtp = i * wtpStep;
      const costEffective = replicates.filter((r) => wtp * r.delta_effect - r.delta_cost > 0).length;
      return { wtp, probability_cost_effective: costEffective / replicates.length, inb: wtp * point.delta_effect - point.delta_cost };
    }),
  };
}

/** One arm's courses as columns: cost, and change (NaN without a complete pair). */
interface ArmColumns {
  cost: Float64Array;
  change: Float64Array;
  withChange: number;
}

function armColumns(courses: readonly BootstrapCourse[], arm: ArmName): ArmColumns {
  const rows = courses.filter((c) => c.arm === arm);
  return {
    cost: Float64Array.from(rows, (c) => c.cost),
    change: Float64Array.from(rows, (c) => (c.change === null ? NaN : c.change)),
    withChange: rows.filter((c) => c.change !== null).length,
  };
}

/**
 * Draws the arm's courses with replacement (index ⌊u·n⌋ per draw) and returns the mean cost of the draws and the mean
 * change of those with a complete pair (NaN when none has), summed in draw order exactly as simple-statistics' mean.
 */
function resampledMeans(arm: ArmColumns, random: () => number): { cost: number; change: number } {
  const n = arm.cost.length;
  if (n === 0) throw new Error('mean requires at least one data point');
  const cost = new CompensatedSum();
  const change = new CompensatedSum();
  for (let i = 0; i < n; i++) {
    const row = Math.floor(random() * n);
    cost.add(arm.cost[row]);
    const c = arm.change[row];
    if (!Number.isNaN(c)) change.add(c);
  }
  return { cost: cost.mean(), change: change.count ? change.mean() : NaN };
}

/** 2.5th and 97.5th percentiles (simple-statistics quantileSorted). */
function percentileInterval(values: number[]): [number, number] {
  const finite = values.filter(Number.isFinite).sort((a, b) => a - b);
  return finite.length ? [quantileSorted(finite, 0.025), quantileSorted(finite, 0.975)] : [NaN, NaN];
}
