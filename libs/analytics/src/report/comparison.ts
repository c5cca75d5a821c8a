import type { DuckDBConnection } from '@duckdb/node-api';
import { queryFile } from '../engine/query';
import { secondSlope } from '../statistics/ols';
import { hedgesG, welchTTest, type SampleMoments } from '../statistics/t-test';
import { indexBy, keyOf } from './keys';
import type { ChangeRow, ComparisonRow } from './report-types';

/** analysis/ancova_sums.sql: centred sums of baseline (b), CTI indicator (c) and follow-up (y). */
interface AncovaSumsRow {
  outcome: string;
  timepoint: string;
  n: number;
  sbb: number;
  sbc: number;
  scc: number;
  sby: number;
  scy: number;
  syy: number;
}

const momentsOf = (row: ChangeRow): SampleMoments => ({ n: row.n, mean: row.mean_change, sd: row.sd_change });

/** comparison[]: CTI vs control where both arms have a change entry: Welch on change scores, Hedges' g, ANCOVA. */
export async function comparisonSection(connection: DuckDBConnection, change: readonly ChangeRow[]): Promise<ComparisonRow[]> {
  const byKey = indexBy(change, (r) => keyOf(r.outcome, r.arm, r.timepoint));
  const sums = indexBy(await queryFile<AncovaSumsRow>(connection, 'ancova_sums'), (s) => keyOf(s.outcome, s.timepoint));
  return change.flatMap((ctiRow) => {
    if (ctiRow.arm !== 'cti') return [];
    const controlRow = byKey.get(keyOf(ctiRow.outcome, 'control', ctiRow.timepoint));
    if (!controlRow) return [];
    const cti = momentsOf(ctiRow);
    const control = momentsOf(controlRow);
    const welch = welchTTest(cti, control);
    const model = sums.get(keyOf(ctiRow.outcome, ctiRow.timepoint))!;
    // lm(follow ~ baseline + cti): the coefficient of cti is the baseline-adjusted arm effect.
    const armEffect = secondSlope({ n: model.n, s11: model.sbb, s12: model.sbc, s22: model.scc, s1y: model.sby, s2y: model.scy, syy: model.syy });
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
        n: model.n,
      },
    ];
  });
}
