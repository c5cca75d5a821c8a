import { withSparsePairsHandled } from './bootstrap-sparse-pairs';
import type { CostEffectivenessBootstrap } from './cost-effectiveness-bootstrap';
import type { ReportWarning } from './gaps';

describe('bootstrap replicates without a Δeffect', () => {
  const bootstrap: CostEffectivenessBootstrap = {
    iterations: 4,
    seed: 1,
    n: { cost: { cti: 5, control: 5 }, effect: { cti: 3, control: 1 } },
    wtp_range: { max: 100, chosen: 'option', rule: 'Given as the report option maxWtp.' },
    replicates: [
      { delta_cost: -10, delta_effect: 1 },
      { delta_cost: 10, delta_effect: 1 },
      { delta_cost: -10, delta_effect: NaN },
      { delta_cost: -10, delta_effect: NaN },
    ],
    delta_cost_ci: [-10, 10],
    delta_effect_ci: [1, 1],
    acceptability: [{ wtp: 0, probability_cost_effective: 0.25, inb: 0 }],
  };

  it('are left out of the CEAC numerator and denominator, counted, and warned about', () => {
    const warnings: ReportWarning[] = [];
    const handled = withSparsePairsHandled(bootstrap, warnings);
    // at λ = 0 one of the two replicates with an effect saves money: 1/2, not 1/4 nor 3/4
    expect(handled.acceptability[0].probability_cost_effective).toBe(0.5);
    expect(handled.replicates_without_effect).toBe(2);
    expect(handled.replicates_with_effect).toBe(2);
    expect(handled.replicates[2].delta_effect).toBeNull();
    expect(warnings.map((w) => w.code)).toEqual(['bootstrap_replicates_without_effect']);
  });

  it('add no warning when every replicate has an effect', () => {
    const warnings: ReportWarning[] = [];
    const handled = withSparsePairsHandled({ ...bootstrap, replicates: bootstrap.replicates.slice(0, 2) }, warnings);
    expect(handled.replicates_without_effect).toBe(0);
    expect(warnings).toEqual([]);
  });
});
