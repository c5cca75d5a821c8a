import { DKK_FORMAT } from './chart-frame';
import type { ChartDefinition } from './chart-types';
import { costEffectivenessChart } from './cost-effectiveness-figures';

/** Cost-effectiveness acceptability curve: the share of bootstrap replicates in which CTI is worth its cost. */
export const ceacChart: ChartDefinition = costEffectivenessChart(
  'ceac',
  'Cost-effectiveness acceptability curve: probability that CTI is cost-effective by willingness to pay per point (0–100,000 DKK).',
  'Cost-effectiveness acceptability curve',
  (ce) => ({
    bootstrapNote: (bootstrap) => `Share of ${bootstrap.iterations} bootstrap replicates with positive net benefit λ·Δeffect − Δcost.`,
    body: {
      width: 440,
      height: 260,
      data: { values: ce?.bootstrap?.acceptability ?? [] },
      mark: { type: 'line', strokeWidth: 2, color: '#1f6f8b' },
      encoding: {
        x: { field: 'wtp', type: 'quantitative', title: `Willingness to pay per ${ce?.outcome.label ?? 'outcome'} point gained (DKK)`, axis: { format: DKK_FORMAT, labelOverlap: true } },
        y: { field: 'probability_cost_effective', type: 'quantitative', title: 'Probability that CTI is cost-effective', scale: { domain: [0, 1] }, axis: { format: '%' } },
        tooltip: [{ field: 'wtp', format: DKK_FORMAT, title: 'DKK per point' }, { field: 'probability_cost_effective', format: '.0%' }],
      },
    },
  }),
);
