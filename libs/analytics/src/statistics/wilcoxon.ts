import { twoSidedNormalP } from './distributions';

export interface SignedRankStatistic {
  /** Non-zero differences (zeros are dropped). */
  nNonzero: number;
  /** Sum of the (average) ranks of the positive differences. */
  v: number;
  /** Σ over tie groups of (t³ − t). */
  tieTerm: number;
}

/**
 * R wilcox.test(exact = FALSE, correct = TRUE), two-sided: z = (V − n(n+1)/4 − sign·0.5) / σ with
 * σ² = n(n+1)(2n+1)/24 − Σ(t³ − t)/48; p = 2·min(Φ(z), 1 − Φ(z)).
 */
export function signedRankNormalP(s: SignedRankStatistic): number | null {
  const n = s.nNonzero;
  if (n === 0) return null;
  const centred = s.v - (n * (n + 1)) / 4;
  const sigma = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24 - s.tieTerm / 48);
  if (sigma === 0) return null;
  const correction = Math.sign(centred) * 0.5;
  return twoSidedNormalP((centred - correction) / sigma);
}
