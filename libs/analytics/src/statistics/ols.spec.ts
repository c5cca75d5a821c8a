import { ordinaryLeastSquares, secondSlope } from './ols';
import { seededRandom } from './seeded-random';

describe('secondSlope from centred sums', () => {
  it('gives the same coefficient of the arm as the full least-squares fit of lm(y ~ baseline + arm)', () => {
    const random = seededRandom(11);
    const rows = Array.from({ length: 240 }, () => {
      const baseline = 14 + Math.floor(random() * 57);
      const arm = random() < 0.6 ? 1 : 0;
      return { baseline, arm, follow: 12 + 0.55 * baseline + 3 * arm + (random() - 0.5) * 20 };
    });
    const full = ordinaryLeastSquares(rows.map((r) => [1, r.baseline, r.arm]), rows.map((r) => r.follow))[2];
    const mean = (f: (r: (typeof rows)[number]) => number) => rows.reduce((a, r) => a + f(r), 0) / rows.length;
    const [mb, mc, my] = [mean((r) => r.baseline), mean((r) => r.arm), mean((r) => r.follow)];
    const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((a, r) => a + f(r), 0);
    const fromSums = secondSlope({
      n: rows.length,
      s11: sum((r) => (r.baseline - mb) ** 2),
      s12: sum((r) => (r.baseline - mb) * (r.arm - mc)),
      s22: sum((r) => (r.arm - mc) ** 2),
      s1y: sum((r) => (r.baseline - mb) * (r.follow - my)),
      s2y: sum((r) => (r.arm - mc) * (r.follow - my)),
      syy: sum((r) => (r.follow - my) ** 2),
    });
    for (const field of ['estimate', 'se', 't', 'p'] as const) expect(fromSums[field]).toBeCloseTo(full[field], 10);
    expect(fromSums.ci[0]).toBeCloseTo(full.ci[0], 10);
    expect(fromSums.ci[1]).toBeCloseTo(full.ci[1], 10);
  });

  it('refuses a design whose regressors are collinear', () => {
    expect(() => secondSlope({ n: 10, s11: 4, s12: 2, s22: 1, s1y: 1, s2y: 1, syy: 9 })).toThrow('singular design matrix');
  });
});
