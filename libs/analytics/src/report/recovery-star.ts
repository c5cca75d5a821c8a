import { holmAdjust } from '../statistics/holm';
import { groupBy } from './keys';
import type { ChangeRow, RecoveryStarRow } from './report-types';

const IMPROVED_ALPHA = 0.05;

/**
 * recovery_star[]: per arm × follow-up, how many of the Recovery Star dimensions moved up on average, and how many
 * of those did so with a Holm-adjusted (over the dimensions tested) paired t-test p < 0.05.
 */
export function recoveryStarSection(change: readonly ChangeRow[], dimensionOutcomes: readonly string[]): RecoveryStarRow[] {
  const dimensions = new Set(dimensionOutcomes);
  const groups = groupBy(
    change.filter((row) => dimensions.has(row.outcome)),
    (row) => `${row.arm}/${row.timepoint}`,
  );
  return [...groups.values()].map((rows) => {
    const adjusted = holmAdjust(rows.map((r) => r.p_ttest));
    const improved = rows.filter((r, i) => r.mean_change > 0 && adjusted[i] < IMPROVED_ALPHA).map((r) => r.outcome);
    const ns = rows.map((r) => r.n);
    return {
      arm: rows[0].arm,
      timepoint: rows[0].timepoint,
      dimensions_with_positive_mean_change: rows.filter((r) => r.mean_change > 0).length,
      dimensions_improved_holm_05: improved.length,
      improved,
      dimensions_tested: rows.length,
      n_min: Math.min(...ns),
      n_max: Math.max(...ns),
    };
  });
}
