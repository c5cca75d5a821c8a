import { tCritical, twoSidedTP, type Interval } from './distributions';

export interface Coefficient {
  estimate: number;
  se: number;
  t: number;
  p: number;
  ci: Interval;
}

/**
 * Ordinary least squares y = Xb as R lm() + confint() report it: b = (X'X)⁻¹X'y, σ² = RSS / (n − p),
 * se = √diag(σ²(X'X)⁻¹), t-based p and 95 % interval on n − p df. The reference the ANCOVA's secondSlope is tested against.
 */
export function ordinaryLeastSquares(design: readonly number[][], response: readonly number[]): Coefficient[] {
  const n = design.length;
  const p = design[0].length;
  // Row by row over each row's non-zero columns only (a design with a municipality factor is mostly zeros): the same
  // sums in the same order as over every column, since adding an exact zero changes no sum, in O(n·nnz²), not O(n·p²).
  const xtx = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const xty = new Array<number>(p).fill(0);
  for (let r = 0; r < n; r++) {
    const row = design[r];
    const nonZero: number[] = [];
    for (let j = 0; j < p; j++) if (row[j] !== 0) nonZero.push(j);
    for (const i of nonZero) {
      xty[i] += row[i] * response[r];
      for (const j of nonZero) xtx[i][j] += row[i] * row[j];
    }
  }
  const inverse = invert(xtx);
  const beta = inverse.map((row) => row.reduce((acc, v, j) => acc + v * xty[j], 0));
  const rss = sumOver(n, (r) => (response[r] - design[r].reduce((acc, x, j) => acc + x * beta[j], 0)) ** 2);
  const df = n - p;
  const sigma2 = rss / df;
  return beta.map((estimate, j) => {
    const se = Math.sqrt(sigma2 * inverse[j][j]);
    const t = estimate / se;
    const half = tCritical(df) * se;
    return { estimate, se, t, p: twoSidedTP(t, df), ci: [estimate - half, estimate + half] };
  });
}

function sumOver(n: number, term: (row: number) => number): number {
  let total = 0;
  for (let r = 0; r < n; r++) total += term(r);
  return total;
}

/** Gauss–Jordan inverse with partial pivoting of a small symmetric positive-definite matrix. */
function invert(matrix: number[][]): number[][] {
  const size = matrix.length;
  const work = matrix.map((row, i) => [...row, ...Array.from({ length: size }, (_, j) => (i === j ? 1 : 0))]);
  for (let col = 0; col < size; col++) {
    let pivot = col;
    for (let r = col + 1; r < size; r++) if (Math.abs(work[r][col]) > Math.abs(work[pivot][col])) pivot = r;
    if (work[pivot][col] === 0) throw new Error('singular design matrix');
    [work[col], work[pivot]] = [work[pivot], work[col]];
    const scale = work[col][col];
    work[col] = work[col].map((v) => v / scale);
    for (let r = 0; r < size; r++) {
      if (r === col) continue;
      const factor = work[r][col];
      work[r] = work[r].map((v, j) => v - factor * work[col][j]);
    }
  }
  return work.map((row) => row.slice(size));
}

/** Sums of squares and cross-products of the mean-centred variables of y = b0 + b1·x1 + b2·x2 (n observations). */
export interface CentredSums {
  n: number;
  s11: number;
  s12: number;
  s22: number;
  s1y: number;
  s2y: number;
  syy: number;
}

/**
 * The coefficient of x2 in lm(y ~ x1 + x2), as ordinaryLeastSquares gives it, from centred sums (Frisch–Waugh: the
 * slopes are (Xc'Xc)⁻¹Xc'yc and their covariance σ²(Xc'Xc)⁻¹, with σ² = RSS / (n − 3)).
 */
export function secondSlope(s: CentredSums): Coefficient {
  const det = s.s11 * s.s22 - s.s12 * s.s12;
  if (det === 0) throw new Error('singular design matrix');
  const b1 = (s.s22 * s.s1y - s.s12 * s.s2y) / det;
  const b2 = (s.s11 * s.s2y - s.s12 * s.s1y) / det;
  const rss = s.syy - b1 * s.s1y - b2 * s.s2y;
  const df = s.n - 3;
  const se = Math.sqrt((rss / df) * (s.s11 / det));
  const t = b2 / se;
  const half = tCritical(df) * se;
  return { estimate: b2, se, t, p: twoSidedTP(t, df), ci: [b2 - half, b2 + half] };
}
