import { tCritical, twoSidedTP, type Interval } from './distributions';
import { newtonPolish, nelderMead } from './nelder-mead';
import { cholesky, inverseFromCholesky, logDeterminantFromCholesky, multiplyVector, zeros, type Matrix } from './small-matrix';

/** One subject's readings: visit index (0 or 1), design row and response per reading. */
export interface MmrmSubject {
  visits: number[];
  rows: number[][];
  responses: number[];
}

export interface MmrmFit {
  beta: number[];
  /** Var(β̂) = (Σ XᵢᵀΣᵢ⁻¹Xᵢ)⁻¹ at the REML estimate of Σ. */
  covariance: Matrix;
  /** Residual SD per visit and their correlation (the unstructured 2 × 2 covariance). */
  sd: [number, number];
  correlation: number;
  /** Readings (N) and parameters (p): the t tests use N − p df, as nlme's summary.gls. */
  observations: number;
  parameters: number;
  /** −2 × REML log-likelihood without the constant (N − p)·log 2π. */
  minus2RemlWithoutConstant: number;
}

export interface LinearContrast {
  estimate: number;
  se: number;
  t: number;
  df: number;
  p: number;
  ci: Interval;
}

interface Accumulated {
  a: Matrix;
  b: number[];
  c: number;
  logDetSigma: number;
}

/**
 * The cross-products that do not depend on the covariance, summed once per fit: every two-reading course shares one
 * 2 × 2 weight matrix (by reading position) and every one-reading course one weight per visit, so Σᵢ XᵢᵀWᵢXᵢ is a
 * weighted sum of these few p × p matrices and each REML evaluation costs O(p²) instead of O(courses · p²).
 */
interface CrossProducts {
  /** Two-reading courses, by reading positions (u, v) as u·2 + v: Σ x_u x_vᵀ, Σ x_u y_v, Σ y_u y_v. */
  pairXX: Matrix[];
  pairXY: number[][];
  pairYY: number[];
  pairs: number;
  /** One-reading courses, by visit: Σ x xᵀ, Σ x y, Σ y², count. */
  singleXX: Matrix[];
  singleXY: number[][];
  singleYY: number[];
  singles: number[];
}

function crossProducts(subjects: readonly MmrmSubject[], p: number): CrossProducts {
  const out: CrossProducts = {
    pairXX: [0, 1, 2, 3].map(() => zeros(p)), pairXY: [0, 1, 2, 3].map(() => new Array<number>(p).fill(0)), pairYY: [0, 0, 0, 0], pairs: 0,
    singleXX: [zeros(p), zeros(p)], singleXY: [new Array<number>(p).fill(0), new Array<number>(p).fill(0)], singleYY: [0, 0], singles: [0, 0],
  };
  const add = (xx: Matrix, xy: number[], xu: number[], xv: number[], yv: number): void => {
    for (let i = 0; i < p; i++) {
      if (xu[i] === 0) continue;
      xy[i] += xu[i] * yv;
      for (let j = 0; j < p; j++) xx[i][j] += xu[i] * xv[j];
    }
  };
  for (const subject of subjects) {
    if (subject.visits.length === 2) {
      out.pairs++;
      for (let u = 0; u < 2; u++) {
        for (let v = 0; v < 2; v++) {
          add(out.pairXX[u * 2 + v], out.pairXY[u * 2 + v], subject.rows[u], subject.rows[v], subject.responses[v]);
          out.pairYY[u * 2 + v] += subject.responses[u] * subject.responses[v];
        }
      }
    } else {
      const t = subject.visits[0];
      out.singles[t]++;
      add(out.singleXX[t], out.singleXY[t], subject.rows[0], subject.rows[0], subject.responses[0]);
      out.singleYY[t] += subject.responses[0] ** 2;
    }
  }
  return out;
}

/** Σᵢ XᵢᵀWᵢXᵢ, XᵢᵀWᵢyᵢ, yᵢᵀWᵢyᵢ and Σ log|Σᵢ| for a covariance with visit SDs s and correlation r. */
function accumulate(cp: CrossProducts, p: number, s: [number, number], r: number): Accumulated {
  const a = zeros(p);
  const b = new Array<number>(p).fill(0);
  let c = 0;
  const detFull = s[0] ** 2 * s[1] ** 2 * (1 - r * r);
  const fullInverse = [s[1] ** 2 / detFull, (-r * s[0] * s[1]) / detFull, (-r * s[0] * s[1]) / detFull, s[0] ** 2 / detFull];
  const terms: [number, Matrix, number[], number][] = [
    ...fullInverse.map((w, uv): [number, Matrix, number[], number] => [w, cp.pairXX[uv], cp.pairXY[uv], cp.pairYY[uv]]),
    ...[0, 1].map((t): [number, Matrix, number[], number] => [1 / s[t] ** 2, cp.singleXX[t], cp.singleXY[t], cp.singleYY[t]]),
  ];
  for (const [w, xx, xy, yy] of terms) {
    for (let i = 0; i < p; i++) {
      b[i] += w * xy[i];
      for (let j = 0; j < p; j++) a[i][j] += w * xx[i][j];
    }
    c += w * yy;
  }
  const logDetSigma = cp.pairs * Math.log(detFull) + 2 * (cp.singles[0] * Math.log(s[0]) + cp.singles[1] * Math.log(s[1]));
  return { a, b, c, logDetSigma };
}

const unpack = (theta: readonly number[]): { s: [number, number]; r: number } => ({ s: [Math.exp(theta[0]), Math.exp(theta[1])], r: Math.tanh(theta[2]) });

/**
 * Generalised least squares with an unstructured covariance between two visits, fitted by REML: the model of
 * nlme::gls(correlation = corSymm(), weights = varIdent(~ 1 | visit), method = "REML") (Pinheiro & Bates 2000, §2.4.2).
 * −2 ℓ_R(θ) = Σ log|Σᵢ| + log|Σ XᵢᵀΣᵢ⁻¹Xᵢ| + Σ rᵢᵀΣᵢ⁻¹rᵢ + const, maximised over (log s₁, log s₂, atanh ρ) by
 * Nelder–Mead and Newton polishing; β is the GLS estimate at the optimum.
 */
export function fitTwoVisitMmrm(subjects: readonly MmrmSubject[]): MmrmFit {
  const p = subjects[0].rows[0].length;
  const observations = subjects.reduce((acc, s) => acc + s.visits.length, 0);
  const cp = crossProducts(subjects, p);
  const objective = (theta: number[]): number => {
    const { s, r } = unpack(theta);
    const acc = accumulate(cp, p, s, r);
    const l = cholesky(acc.a);
    if (!l) return Number.POSITIVE_INFINITY;
    const beta = multiplyVector(inverseFromCholesky(l), acc.b);
    const quadratic = acc.c - beta.reduce((sum, bj, j) => sum + bj * acc.b[j], 0);
    return acc.logDetSigma + logDeterminantFromCholesky(l) + quadratic;
  };
  const theta = newtonPolish(objective, nelderMead(objective, startingValues(subjects)));
  const { s, r } = unpack(theta);
  const acc = accumulate(cp, p, s, r);
  const covariance = inverseFromCholesky(cholesky(acc.a)!);
  return {
    beta: multiplyVector(covariance, acc.b),
    covariance,
    sd: s,
    correlation: r,
    observations,
    parameters: p,
    minus2RemlWithoutConstant: objective(theta),
  };
}

/** Start from each visit's raw SD and correlation 0.5 (log scale, atanh). */
function startingValues(subjects: readonly MmrmSubject[]): number[] {
  const sdAt = (visit: number) => {
    const ys = subjects.flatMap((s) => s.responses.filter((_, i) => s.visits[i] === visit));
    const mean = ys.reduce((a, y) => a + y, 0) / ys.length;
    return Math.sqrt(ys.reduce((a, y) => a + (y - mean) ** 2, 0) / Math.max(1, ys.length - 1)) || 1;
  };
  return [Math.log(sdAt(0)), Math.log(sdAt(1)), Math.atanh(0.5)];
}

/** L·β with its SE √(LᵀVL), t on N − p df (nlme summary.gls), two-sided p and 95 % interval. */
export function contrast(fit: MmrmFit, weights: readonly number[]): LinearContrast {
  const estimate = weights.reduce((acc, w, j) => acc + w * fit.beta[j], 0);
  const variance = weights.reduce((acc, wi, i) => acc + weights.reduce((inner, wj, j) => inner + wi * fit.covariance[i][j] * wj, 0), 0);
  const se = Math.sqrt(variance);
  const df = fit.observations - fit.parameters;
  const t = estimate / se;
  const half = tCritical(df) * se;
  return { estimate, se, t, df, p: twoSidedTP(t, df), ci: [estimate - half, estimate + half] };
}
