import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import tCdf from '@stdlib/stats-base-dists-t-cdf';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';

/** Two-sided p-value of a t statistic: R 2 * pt(-abs(t), df). */
export function twoSidedTP(t: number, df: number): number {
  return 2 * tCdf(-Math.abs(t), df);
}

/** Two-sided p-value of a standard normal statistic: R 2 * min(pnorm(z), pnorm(z, lower.tail = FALSE)). */
export function twoSidedNormalP(z: number): number {
  return 2 * normalCdf(-Math.abs(z), 0, 1);
}

/** Half-width multiplier of a two-sided t interval: R qt(1 - (1 - level) / 2, df). */
export function tCritical(df: number, level = 0.95): number {
  return tQuantile(1 - (1 - level) / 2, df);
}

export type Interval = [number, number];
