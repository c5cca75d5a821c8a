import type { DuckDBConnection } from '@duckdb/node-api';
import { mean, sampleStandardDeviation } from 'simple-statistics';
import { queryFile } from '../engine/query';
import { secondSlope } from '../statistics/ols';
import { hedgesG, welchTTest, type SampleMoments } from '../statistics/t-test';
import { groupBy, indexBy, keyOf } from './keys';
import type { ChangeRow, ComparisonRow } from './report-types';

/** One course's baseline and follow-up reading of an outcome (first_reading_pairs.sql and the like). */
export interface PairRow {
  outcome: string;
  timepoint: string;
  arm: string;
  baseline: number;
  follow: number;
}

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

/** Pairs that replace the report's own for some outcomes (the first reading as baseline, when the rule would bias). */
export interface ComparisonPairsOverride {
  outcomes: ReadonlySet<string>;
  pairs: readonly (PairRow & { change: number; course_id: string })[];
}

/** comparison[]: CTI vs control where both arms have a change entry: Welch on change scores, Hedges' g, ANCOVA. */
export async function comparisonSection(connection: DuckDBConnection, change: readonly ChangeRow[], override?: ComparisonPairsOverride): Promise<ComparisonRow[]> {
  if (override) {
    // The same courses have pairs under either baseline, so each entry is replaced in place (order kept).
    const recomputed = indexBy(momentsFromPairs(override.pairs), (r) => keyOf(r.outcome, r.arm, r.timepoint));
    change = change.map((r) => (override.outcomes.has(r.outcome) ? (recomputed.get(keyOf(r.outcome, r.arm, r.timepoint)) ?? r) : r));
  }
  const byKey = indexBy(change, (r) => keyOf(r.outcome, r.arm, r.timepoint));
  const sums = indexBy(await queryFile<AncovaSumsRow>(connection, 'ancova_sums'), (s) => keyOf(s.outcome, s.timepoint));
  // Outcomes whose pairs the override replaces get their sums from those pairs, the same centred sums as the SQL.
  if (override) for (const row of sumsFromPairs(override.pairs)) sums.set(keyOf(row.outcome, row.timepoint), row);
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

/** Centred sums per outcome × timepoint from pairs, as analysis/ancova_sums.sql computes them. */
function sumsFromPairs(pairs: readonly PairRow[]): AncovaSumsRow[] {
  return [...groupBy(pairs, (p) => keyOf(p.outcome, p.timepoint)).values()].map((group) => {
    const c = group.map((p) => (p.arm === 'cti' ? 1 : 0));
    const [mb, mc, my] = [mean(group.map((p) => p.baseline)), mean(c), mean(group.map((p) => p.follow))];
    const sum = (f: (p: PairRow, i: number) => number) => group.reduce((acc, p, i) => acc + f(p, i), 0);
    return {
      outcome: group[0].outcome, timepoint: group[0].timepoint, n: group.length,
      sbb: sum((p) => (p.baseline - mb) ** 2), sbc: sum((p, i) => (p.baseline - mb) * (c[i] - mc)), scc: sum((_p, i) => (c[i] - mc) ** 2),
      sby: sum((p) => (p.baseline - mb) * (p.follow - my)), scy: sum((p, i) => (c[i] - mc) * (p.follow - my)), syy: sum((p) => (p.follow - my) ** 2),
    };
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
