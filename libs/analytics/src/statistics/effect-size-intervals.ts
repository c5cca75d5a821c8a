import type { Interval } from './distributions';

/** R qnorm(0.975). */
const Z_975 = 1.959963984540054;

/** Hedges' g ± z·SE with SE² = (n₁ + n₂)/(n₁n₂) + g²/(2(n₁ + n₂)) (Hedges & Olkin 1985, Statistical Methods for Meta-Analysis, eq. 5.14). */
export function hedgesGInterval(g: number, n1: number, n2: number): { se: number; ci: Interval } {
  const se = Math.sqrt((n1 + n2) / (n1 * n2) + (g * g) / (2 * (n1 + n2)));
  return { se, ci: [g - Z_975 * se, g + Z_975 * se] };
}

/** Cohen's d_z ± z·SE with SE² = 1/n + d_z²/(2n) (the one-sample case of the same large-sample variance; Borenstein et al. 2009, ch. 4). */
export function cohenDzInterval(dz: number, n: number): { se: number; ci: Interval } {
  const se = Math.sqrt(1 / n + (dz * dz) / (2 * n));
  return { se, ci: [dz - Z_975 * se, dz + Z_975 * se] };
}
