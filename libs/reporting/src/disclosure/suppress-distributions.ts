import { restsOnFew } from './cells';
import { hide } from './hide';
import type { PublishedReport } from './suppress-report';
import { DERIVABLE, fewerThan, isWithheld, type Withheld } from './withheld';

/** Below this many citizens the 10th and 90th percentiles lie within two values of the smallest and largest. */
export const WHISKER_MIN_N = 20;
const NEAR_SINGLE_VALUES: Withheld = { suppressed: true, reason: `the 10th and 90th percentiles of fewer than ${WHISKER_MIN_N} citizens lie near single citizens' values` };

/**
 * Box-plot quantiles go with the descriptives they sit beside: withheld wherever that row's n or mean is (after the
 * view's own rule, and again after the joint pattern), and wherever they rest on fewer than k citizens; the whiskers
 * (10th, 90th percentiles) only from 20 citizens up.
 */
export function suppressDistributions(published: PublishedReport, k: number): void {
  if (!Array.isArray(published.distributions)) return;
  const descriptives = Array.isArray(published.descriptives) ? published.descriptives : [];
  for (const row of published.distributions) {
    if (isWithheld(row) || isWithheld(row.median)) continue;
    const beside = descriptives.find((d) => !isWithheld(d) && d.outcome === row.outcome && d.arm === row.arm && d.timepoint === row.timepoint) as { n: unknown; mean: unknown } | undefined;
    const n = typeof row.n === 'number' ? row.n : 0;
    if (restsOnFew(n, k)) hide(row, ['n', 'p10', 'q1', 'median', 'q3', 'p90'], fewerThan(k));
    else if (!beside || isWithheld(beside.mean) || isWithheld(beside.n)) hide(row, ['n', 'p10', 'q1', 'median', 'q3', 'p90'], DERIVABLE);
    else if (n < WHISKER_MIN_N && !isWithheld(row.p10)) hide(row, ['p10', 'p90'], NEAR_SINGLE_VALUES);
  }
}
