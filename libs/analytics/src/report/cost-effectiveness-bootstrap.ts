import type { DuckDBConnection } from '@duckdb/node-api';
import { mean, quantileSorted } from 'simple-statistics';
import { queryFile } from '../engine/query';
import { seededRandom } from '../statistics/seeded-random';
import type { CostEffectivenessChoice } from './cost-effectiveness';
import type { ArmName, PerArm } from './report-types';

export interface BootstrapOptions {
  iterations: number;
  seed: number;
  /** Willingness to pay per point, DKK: the acceptability curve runs from 0 to this in 100 steps. */
  maxWtp: number;
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
  const byArm = { cti: courses.filter((c) => c.arm === 'cti'), control: courses.filter((c) => c.arm === 'control') };
  const random = seededRandom(options.seed);
  const orientation = choice.higherIsBetter ? 1 : -1;
  const replicates = Array.from({ length: options.iterations }, () => {
    const cti = resample(byArm.cti, random);
    const control = resample(byArm.control, random);
    return {
      delta_cost: mean(cti.map((c) => c.cost)) - mean(control.map((c) => c.cost)),
      delta_effect: orientation * (meanChange(cti) - meanChange(control)),
    };
  });
  const wtpStep = options.maxWtp / 100;
  return {
    iterations: options.iterations,
    seed: options.seed,
    n: {
      cost: { cti: byArm.cti.length, control: byArm.control.length },
      effect: { cti: byArm.cti.filter((c) => c.change !== null).length, control: byArm.control.filter((c) => c.change !== null).length },
    },
    replicates,
    delta_cost_ci: percentileInterval(replicates.map((r) => r.delta_cost)),
    delta_effect_ci: percentileInterval(replicates.map((r) => r.delta_effect)),
    acceptability: Array.from({ length: 101 }, (_, i) => {
      const wtp = i * wtpStep;
      const costEffective = replicates.filter((r) => wtp * r.delta_effect - r.delta_cost > 0).length;
      return { wtp, probability_cost_effective: costEffective / replicates.length, inb: wtp * point.delta_effect - point.delta_cost };
    }),
  };
}

function resample<T>(rows: readonly T[], random: () => number): T[] {
  return Array.from({ length: rows.length }, () => rows[Math.floor(random() * rows.length)]);
}

/** Mean change over the resampled courses that have a complete pair (NaN when none has). */
function meanChange(rows: readonly BootstrapCourse[]): number {
  const changes = rows.flatMap((c) => (c.change === null ? [] : [c.change]));
  return changes.length ? mean(changes) : NaN;
}

/** 2.5th and 97.5th percentiles (simple-statistics quantileSorted). */
function percentileInterval(values: number[]): [number, number] {
  const finite = values.filter(Number.isFinite).sort((a, b) => a - b);
  return finite.length ? [quantileSorted(finite, 0.025), quantileSorted(finite, 0.975)] : [NaN, NaN];
}
