import type { DuckDBConnection } from '@duckdb/node-api';
import { queryFile } from '../engine/query';
import { ordinaryLeastSquares } from '../statistics/ols';
import { hedgesG, welchTTest, type SampleMoments } from '../statistics/t-test';
import { groupBy, indexBy, keyOf } from './keys';
import type { ChangeRow, ComparisonRow } from './report-types';

interface PairRow {
  outcome: string;
  timepoint: string;
  arm: string;
  baseline: number;
  follow: number;
}

const momentsOf = (row: ChangeRow): SampleMoments => ({ n: row.n, mean: row.mean_change, sd: row.sd_change });

/** comparison[]: CTI vs control where both arms have a change entry: Welch on change scores, Hedges' g, ANCOVA. */
export async function comparisonSection(connection: DuckDBConnection, change: readonly ChangeRow[]): Promise<ComparisonRow[]> {
  const byKey = indexBy(change, (r) => keyOf(r.outcome, r.arm, r.timepoint));
  const pairs = groupBy(await queryFile<PairRow>(connection, 'ancova_pairs'), (p) => keyOf(p.outcome, p.timepoint));
  return change.flatMap((ctiRow) => {
    if (ctiRow.arm !== 'cti') return [];
    const controlRow = byKey.get(keyOf(ctiRow.outcome, 'control', ctiRow.timepoint));
    if (!controlRow) return [];
    const cti = momentsOf(ctiRow);
    const control = momentsOf(controlRow);
    const welch = welchTTest(cti, control);
    const modelPairs = pairs.get(keyOf(ctiRow.outcome, ctiRow.timepoint)) ?? [];
    // lm(follow ~ baseline + cti): the third coefficient is the baseline-adjusted arm effect.
    const armEffect = ordinaryLeastSquares(
      modelPairs.map((p) => [1, p.baseline, p.arm === 'cti' ? 1 : 0]),
      modelPairs.map((p) => p.follow),
    )[2];
    return [
      {
        outcome: ctiRow.outcome,
        timepoint: ctiRow.timepoint,
        n_cti: cti.n,
        n_control: control.n,
        diff_in_change: welch.estimate,
        welch_ci: welch.ci,
        welch_t: welch.t,
        welch_df: welch.df,
        welch_p: welch.p,
        hedges_g: hedgesG(cti, control),
        ancova_estimate: armEffect.estimate,
        ancova_se: armEffect.se,
        ancova_ci: armEffect.ci,
        ancova_p: armEffect.p,
        n: modelPairs.length,
      },
    ];
  });
}
