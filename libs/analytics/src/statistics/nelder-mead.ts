/**
 * Nelder–Mead simplex minimisation (Nelder & Mead 1965, Computer Journal 7:308–313; the standard coefficients
 * 1, 2, ½, ½), for smooth objectives of a few parameters. Stops when the simplex's values differ by < tolerance.
 */
export function nelderMead(f: (x: number[]) => number, start: readonly number[], options: { step?: number; tolerance?: number; maxIterations?: number } = {}): number[] {
  const { step = 0.1, tolerance = 1e-13, maxIterations = 20_000 } = options;
  const n = start.length;
  let simplex = [start.slice(), ...start.map((_, i) => start.map((v, j) => (i === j ? v + step : v)))].map((x) => ({ x, fx: f(x) }));
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    simplex.sort((a, b) => a.fx - b.fx);
    const best = simplex[0];
    const worst = simplex[n];
    if (Math.abs(worst.fx - best.fx) <= tolerance * (Math.abs(best.fx) + tolerance)) break;
    const centroid = start.map((_, j) => simplex.slice(0, n).reduce((acc, p) => acc + p.x[j], 0) / n);
    const along = (t: number) => centroid.map((c, j) => c + t * (worst.x[j] - c));
    const reflected = { x: along(-1), fx: 0 };
    reflected.fx = f(reflected.x);
    if (reflected.fx < best.fx) {
      const expanded = { x: along(-2), fx: 0 };
      expanded.fx = f(expanded.x);
      simplex[n] = expanded.fx < reflected.fx ? expanded : reflected;
    } else if (reflected.fx < simplex[n - 1].fx) {
      simplex[n] = reflected;
    } else {
      const contracted = { x: reflected.fx < worst.fx ? along(-0.5) : along(0.5), fx: 0 };
      contracted.fx = f(contracted.x);
      if (contracted.fx < Math.min(worst.fx, reflected.fx)) simplex[n] = contracted;
      else simplex = simplex.map((p, i) => (i === 0 ? p : { x: p.x.map((v, j) => best.x[j] + 0.5 * (v - best.x[j])), fx: f(p.x.map((v, j) => best.x[j] + 0.5 * (v - best.x[j]))) }));
    }
  }
  simplex.sort((a, b) => a.fx - b.fx);
  return simplex[0].x;
}

/**
 * Newton steps on finite-difference gradient and Hessian from a point near the minimum (after Nelder–Mead), so the
 * optimum is found to ~1e-9 in the parameters; a step that does not lower f is halved, and the last good point kept.
 */
export function newtonPolish(f: (x: number[]) => number, start: readonly number[], iterations = 20): number[] {
  let x = start.slice();
  let fx = f(x);
  const h = 1e-4;
  for (let it = 0; it < iterations; it++) {
    const n = x.length;
    const shifted = (d: Record<number, number>) => x.map((v, j) => v + (d[j] ?? 0));
    const gradient = x.map((_, i) => (f(shifted({ [i]: h })) - f(shifted({ [i]: -h }))) / (2 * h));
    const hessian = x.map((_, i) =>
      x.map((__, j) =>
        i === j
          ? (f(shifted({ [i]: h })) - 2 * fx + f(shifted({ [i]: -h }))) / (h * h)
          : (f(shifted({ [i]: h, [j]: h })) - f(shifted({ [i]: h, [j]: -h })) - f(shifted({ [i]: -h, [j]: h })) + f(shifted({ [i]: -h, [j]: -h }))) / (4 * h * h),
      ),
    );
    const stepVector = solve(hessian, gradient);
    if (!stepVector) break;
    let scale = 1;
    let improved = false;
    while (scale > 1e-6) {
      const candidate = x.map((v, j) => v - scale * stepVector[j]);
      const fc = f(candidate);
      if (fc <= fx) {
        const moved = Math.max(...candidate.map((v, j) => Math.abs(v - x[j])));
        x = candidate;
        fx = fc;
        improved = moved > 1e-12;
        break;
      }
      scale /= 2;
    }
    if (!improved || n === 0) break;
  }
  return x;
}

/** Gaussian elimination with partial pivoting; null for a singular system. */
function solve(a: number[][], b: number[]): number[] | null {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r;
    if (Math.abs(m[pivot][col]) < 1e-300) return null;
    [m[col], m[pivot]] = [m[pivot], m[col]];
    for (let r = col + 1; r < n; r++) {
      const factor = m[r][col] / m[col][col];
      for (let c = col; c <= n; c++) m[r][c] -= factor * m[col][c];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) x[i] = (m[i][n] - m[i].slice(i + 1, n).reduce((acc, v, k) => acc + v * x[i + 1 + k], 0)) / m[i][i];
  return x;
}
