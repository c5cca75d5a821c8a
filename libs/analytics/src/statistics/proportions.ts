import type { Interval } from './distributions';

/** R qnorm(0.975). */
const Z_975 = 1.959963984540054;

/** Wilson score interval for a proportion (R prop.test(x, n, correct = FALSE)$conf.int; Wilson 1927). */
export function wilsonInterval(x: number, n: number, z = Z_975): Interval {
  const p = x / n;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const half = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return [(centre - half) / (1 + z2 / n), (centre + half) / (1 + z2 / n)];
}

/** Difference of two independent proportions p₁ − p₂ with Newcombe's hybrid score interval (Newcombe 1998, Stat Med 17:873, method 10). */
export function newcombeDifference(x1: number, n1: number, x2: number, n2: number): { diff: number; ci: Interval } {
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const [l1, u1] = wilsonInterval(x1, n1);
  const [l2, u2] = wilsonInterval(x2, n2);
  const diff = p1 - p2;
  return { diff, ci: [diff - Math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2), diff + Math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)] };
}
