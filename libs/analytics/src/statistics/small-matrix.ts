// Dense linear algebra for the few-column models here (at most a dozen parameters): Cholesky, log-determinant, inverse.

export type Matrix = number[][];

export const zeros = (rows: number, cols = rows): Matrix => Array.from({ length: rows }, () => new Array<number>(cols).fill(0));

/** Lower-triangular L with A = LLᵀ, or null when A is not positive definite. */
export function cholesky(a: Matrix): Matrix | null {
  const n = a.length;
  const l = zeros(n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i][j];
      for (let k = 0; k < j; k++) sum -= l[i][k] * l[j][k];
      if (i === j) {
        if (!(sum > 0)) return null;
        l[i][i] = Math.sqrt(sum);
      } else l[i][j] = sum / l[j][j];
    }
  }
  return l;
}

export function logDeterminantFromCholesky(l: Matrix): number {
  return 2 * l.reduce((acc, row, i) => acc + Math.log(row[i]), 0);
}

/** A⁻¹ from A's Cholesky factor. */
export function inverseFromCholesky(l: Matrix): Matrix {
  const n = l.length;
  const inv = zeros(n);
  for (let col = 0; col < n; col++) {
    // Solve L y = e_col, then Lᵀ x = y.
    const y = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) {
      let sum = i === col ? 1 : 0;
      for (let k = 0; k < i; k++) sum -= l[i][k] * y[k];
      y[i] = sum / l[i][i];
    }
    for (let i = n - 1; i >= 0; i--) {
      let sum = y[i];
      for (let k = i + 1; k < n; k++) sum -= l[k][i] * inv[k][col];
      inv[i][col] = sum / l[i][i];
    }
  }
  return inv;
}

export const multiplyVector = (a: Matrix, v: readonly number[]): number[] => a.map((row) => row.reduce((acc, x, j) => acc + x * v[j], 0));
