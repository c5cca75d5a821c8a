import { suppressAnalysisAdditions } from './suppress-analysis-additions';
import type { PublishedReport } from './suppress-report';

describe('the evaluator sections under the small-cell rule', () => {
  it('withholds interim means, effect sizes, models and unavailable counts resting on fewer than k', () => {
    const p = {
      descriptives_interim: [{ outcome: 'rs_mean', arm: 'cti', timepoint: 'm3', n: 4, mean: 5, sd: 1 }, { outcome: 'rs_mean', arm: 'cti', timepoint: 'm6', n: 14, mean: 5, sd: 1 }],
      effect_sizes: { within_arm: [{ n: 3, cohen_dz: 1, se: 0.5, ci: [0, 2] }], between_arms: [{ n_cti: 10, n_control: 4, hedges_g: 0.3, se: 0.2, ci: [0, 1] }], method: '' },
      mmrm: [{ n_cti: 10, n_control: 9, estimate: 2, se: 1, ci: [0, 4], t: 2, df: 20, p: 0.05 }],
      sensitivity: [{ n_cti: 2, n_control: 9, estimate: 2, se: 1, ci: [0, 4], p: 0.05 }],
      unavailable: [{ section: 'change', n: 2, reason: 'fewer than 3 complete pairs in the CTI arm (2)' }, { section: 'comparison', n_cti: 40, n_control: 0, reason: 'no courses in the control arm in scope' }],
    } as unknown as PublishedReport;
    suppressAnalysisAdditions(p, 5);
    type Rows = Record<string, unknown>[];
    const r = p as unknown as { descriptives_interim: Rows; effect_sizes: { within_arm: Rows; between_arms: Rows }; mmrm: Rows; sensitivity: Rows; unavailable: Rows };
    expect(r.descriptives_interim[0]).toMatchObject({ n: { suppressed: true }, mean: { suppressed: true } });
    expect(r.descriptives_interim[1]).toMatchObject({ n: 14, mean: 5 });
    expect(r.effect_sizes.within_arm[0].cohen_dz).toMatchObject({ suppressed: true });
    expect(r.effect_sizes.between_arms[0]).toMatchObject({ n_cti: 10, n_control: { suppressed: true }, hedges_g: { suppressed: true } });
    expect(r.mmrm[0].estimate).toBe(2);
    expect(r.sensitivity[0].estimate).toMatchObject({ suppressed: true });
    expect(r.unavailable[0]).toMatchObject({ n: { suppressed: true }, reason: 'fewer than 3 complete pairs in the CTI arm (fewer than 5)' });
    expect(r.unavailable[1]).toMatchObject({ n_cti: 40, n_control: 0 });
  });
});
