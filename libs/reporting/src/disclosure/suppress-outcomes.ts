import { restsOnFew, smallCount, suppressPartition } from './cells';
import { groupBy, type CohortReport, type ReportCells } from '@cti/analytics';
import { hide, hideIfFew } from './hide';
import { fewerThan } from './withheld';

// Outcome sections: every row names the citizens it rests on (n, n_cti/n_control, n_min).

/** Descriptives, change and the Recovery Star ladder: cells of the disclosure pattern. */
export function suppressOutcomeCells(out: ReportCells, k: number): void {
  for (const row of out.descriptives) hideIfFew(row, 'n', row.n, ['mean', 'sd'], k);
  for (const row of out.change) hideIfFew(row, 'n', row.n, ['mean_change', 'sd_change', 'ci', 't', 'df', 'p_ttest', 'p_wilcoxon', 'cohen_dz'], k);
  suppressLadder(out, k);
}

/** The comparisons between arms and the Recovery Star summary, which rest on the change cells of both arms. */
export function suppressComparisons(out: CohortReport, k: number): void {
  for (const row of out.comparison) {
    if (!restsOnFew(Math.min(row.n_cti, row.n_control), k)) continue;
    hide(row, ['diff_in_change', 'welch_ci', 'welch_t', 'welch_df', 'welch_p', 'hedges_g', 'ancova_estimate', 'ancova_se', 'ancova_ci', 'ancova_p', 'p_holm'], fewerThan(k));
    hide(row, (['n_cti', 'n_control', 'n'] as const).filter((key) => smallCount(row[key], k)), fewerThan(k));
  }
  for (const row of out.recovery_star) hideIfFew(row, 'n_min', row.n_min, ['dimensions_with_positive_mean_change', 'dimensions_improved_holm_05', 'improved'], k);
}

/** Recovery Star ladder: the stages of one dimension × arm × timepoint partition its n citizens. */
function suppressLadder(out: ReportCells, k: number): void {
  const groups = groupBy(out.recovery_star_ladder, (r) => `${r.dimension}/${r.arm}/${r.timepoint}`);
  for (const rows of groups.values()) {
    const n = rows[0].n;
    if (restsOnFew(n, k)) {
      for (const row of rows) hide(row, ['citizens', 'share', ...(smallCount(n, k) ? ['n'] : [])], fewerThan(k));
      continue;
    }
    suppressPartition(rows.map((row) => ({ count: row.citizens, withhold: (marker) => hide(row, ['citizens', 'share'], marker) })), k);
  }
}
