import type { DuckDBConnection } from '@duckdb/node-api';
import { mean, sampleStandardDeviation } from 'simple-statistics';
import { queryFile } from '../engine/query';
import { ordinaryLeastSquares } from '../statistics/ols';
import { hedgesG, welchTTest, type SampleMoments } from '../statistics/t-test';
import { groupBy, indexBy, keyOf } from './keys';
import type { ChangeRow, ComparisonRow } from './report-types';

export interface PairRow {
  outcome: string;
  timepoint: string;
  arm: string;
  baseline: number;
  follow: number;
}

const momentsOf = (row: ChangeRow): SampleMoments => ({ n: row.n, mean: row.mean_change, sd: row.sd_change });

/** Pairs that replace the report's own for some outcomes (the first reading as baseline, when the rule would bias). */
export interface ComparisonPairsOverride {
  outcomes: ReadonlySet<string>;
  pairs: readonly (PairRow & { change: number; course_id: string })[];
}

/** comparison[]: CTI vs control where both arms have a change entry: Welch on change scores, Hedges' g, ANCOVA. */
export async function comparisonSection(connection: DuckDBConnection, change: readonly ChangeRow[], override?: ComparisonPairsOverride): Promise<ComparisonRow[]> {
  const reportPairs = await queryFile<PairRow>(connection, 'ancova_pairs');
  if (override) {
    // The same courses have pairs under either baseline, so each entry is replaced in place (order kept).
    const recomputed = indexBy(momentsFromPairs(override.pairs), (r) => keyOf(r.outcome, r.arm, r.timepoint));
    change = change.map((r) => (override.outcomes.has(r.outcome) ? (recomputed.get(keyOf(r.outcome, r.arm, r.timepoint)) ?? r) : r));
  }
  const byKey = indexBy(change, (r) => keyOf(r.outcome, r.arm, r.timepoint));
  const pairs = groupBy(override ? [...reportPairs.filter((p) => !override.outcomes.has(p.outcome)), ...override.pairs] : reportPairs, (p) => keyOf(p.outcome, p.timepoint));
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

/** Change moments (n ≥ 3, as change_summary.sql) from pairs; only the fields the comparison reads are meaningful. */
function momentsFromPairs(pairs: readonly (PairRow & { change: number })[]): ChangeRow[] {
  return [...groupBy(pairs, (p) => keyOf(p.outcome, p.arm, p.timepoint)).values()].flatMap((group) => {
    if (group.length < 3) return [];
    const changes = group.map((p) => p.change);
    const { outcome, arm, timepoint } = group[0];
    return [{ outcome, arm: arm as ChangeRow['arm'], timepoint, n: changes.length, mean_change: mean(changes), sd_change: sampleStandardDeviation(changes) } as ChangeRow];
  });
}
