import { tCritical } from '@cti/analytics';

/** 95 % interval of a mean from its n and sample SD; null when there is no SD (n = 1). */
export function meanInterval(mean: number, sd: number | null, n: number | null): [number, number] | null {
  if (sd === null || n === null || n < 2) return null;
  // mean ± t(0.975, n−1)·sd/√n: the one-sample Student t interval, as R's t.test(x)$conf.int gives it
  const half = (tCritical(n - 1) * sd) / Math.sqrt(n);
  return [mean - half, mean + half];
}
