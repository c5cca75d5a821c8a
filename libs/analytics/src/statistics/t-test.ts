import { tCritical, twoSidedTP, type Interval } from './distributions';

export interface SampleMoments {
  n: number;
  mean: number;
  /** Sample standard deviation (n − 1). */
  sd: number;
}

export interface TTestResult {
  estimate: number;
  t: number;
  df: number;
  p: number;
  ci: Interval;
}

/** R t.test(x) (one sample, or paired on the differences): t = mean / (sd / √n), df = n − 1, CI = mean ± qt(.975, df)·se. */
export function oneSampleTTest(x: SampleMoments): TTestResult {
  const se = x.sd / Math.sqrt(x.n);
  const df = x.n - 1;
  return tResult(x.mean, se, df);
}

/** R t.test(a, b, var.equal = FALSE): se = √(sa²/na + sb²/nb), Welch–Satterthwaite df. */
export function welchTTest(a: SampleMoments, b: SampleMoments): TTestResult {
  const va = (a.sd * a.sd) / a.n;
  const vb = (b.sd * b.sd) / b.n;
  const se = Math.sqrt(va + vb);
  const df = (va + vb) ** 2 / (va ** 2 / (a.n - 1) + vb ** 2 / (b.n - 1));
  return tResult(a.mean - b.mean, se, df);
}

function tResult(estimate: number, se: number, df: number): TTestResult {
  const halfWidth = tCritical(df) * se;
  const t = estimate / se;
  return { estimate, t, df, p: twoSidedTP(t, df), ci: [estimate - halfWidth, estimate + halfWidth] };
}

/** Pooled SD of two samples: √(((na − 1)sa² + (nb − 1)sb²) / (na + nb − 2)). */
export function pooledSd(a: SampleMoments, b: SampleMoments): number {
  return Math.sqrt(((a.n - 1) * a.sd ** 2 + (b.n - 1) * b.sd ** 2) / (a.n + b.n - 2));
}

/** Hedges' g: Cohen's d on the pooled SD × the small-sample correction 1 − 3 / (4(na + nb) − 9) (analysis-spec.md). */
export function hedgesG(a: SampleMoments, b: SampleMoments): number {
  return ((a.mean - b.mean) / pooledSd(a, b)) * (1 - 3 / (4 * (a.n + b.n) - 9));
}
