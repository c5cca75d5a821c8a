// Standardised mean differences for balance tables (Austin 2009, Stat Med 28:3083, eqs. 1 and 2).

/** Continuous: (m1 − m2) / sqrt((s1² + s2²) / 2); null when either SD is missing or both are 0. */
export function smdContinuous(m1: number, s1: number | null, m2: number, s2: number | null): number | null {
  if (s1 === null || s2 === null || !Number.isFinite(s1) || !Number.isFinite(s2)) return null;
  const pooled = Math.sqrt((s1 * s1 + s2 * s2) / 2);
  return pooled === 0 ? null : (m1 - m2) / pooled;
}

/** Binary (a level of a categorical variable against the rest): (p1 − p2) / sqrt((p1(1 − p1) + p2(1 − p2)) / 2). */
export function smdBinary(p1: number, p2: number): number | null {
  const pooled = Math.sqrt((p1 * (1 - p1) + p2 * (1 - p2)) / 2);
  return pooled === 0 ? null : (p1 - p2) / pooled;
}
