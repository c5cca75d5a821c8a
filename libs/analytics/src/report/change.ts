import type { DuckDBConnection } from '@duckdb/node-api';
import { queryFile } from '../engine/query';
import { oneSampleTTest } from '../statistics/t-test';
import { signedRankNormalP } from '../statistics/wilcoxon';
import { indexBy, keyOf } from './keys';
import type { ChangeRow } from './report-types';

type ChangeMoments = Pick<ChangeRow, 'outcome' | 'arm' | 'timepoint' | 'n' | 'mean_change' | 'sd_change'>;

interface SignedRankRow {
  outcome: string;
  arm: string;
  timepoint: string;
  n_nonzero: number;
  v: number;
  tie_term: number;
}

/** change[]: paired t-test, its interval, the signed-rank test and Cohen's dz per outcome × arm × follow-up. */
export async function changeSection(connection: DuckDBConnection): Promise<ChangeRow[]> {
  const moments = await queryFile<ChangeMoments>(connection, 'change_summary');
  const signedRanks = indexBy(await queryFile<SignedRankRow>(connection, 'wilcoxon_signed_rank'), (r) => keyOf(r.outcome, r.arm, r.timepoint));
  return moments.map((m) => {
    const test = oneSampleTTest({ n: m.n, mean: m.mean_change, sd: m.sd_change });
    const ranks = signedRanks.get(keyOf(m.outcome, m.arm, m.timepoint));
    return {
      outcome: m.outcome,
      arm: m.arm,
      timepoint: m.timepoint,
      n: m.n,
      mean_change: m.mean_change,
      sd_change: m.sd_change,
      ci: test.ci,
      t: test.t,
      df: test.df,
      p_ttest: test.p,
      p_wilcoxon: ranks ? signedRankNormalP({ nNonzero: ranks.n_nonzero, v: ranks.v, tieTerm: ranks.tie_term }) : null,
      // analysis-spec.md: dz = mean change / SD of the changes.
      cohen_dz: m.mean_change / m.sd_change,
    };
  });
}
