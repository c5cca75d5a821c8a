import type { CostEffectivenessBootstrap } from '@cti/analytics';
import { DKK_FORMAT } from './chart-frame';
import type { ChartDefinition } from './chart-types';
import { costEffectivenessChart } from './cost-effectiveness-figures';

// Where each quadrant sits (sign of Δeffect, sign of Δcost) and what it means for CTI.
const QUADRANTS = [
  { x: 1, y: 1, text: 'CTI costs more, gains more' },
  { x: -1, y: 1, text: 'CTI costs more, gains less (dominated)' },
  { x: 1, y: -1, text: 'CTI costs less, gains more (dominant)' },
  { x: -1, y: -1, text: 'CTI costs less, gains less' },
];

/** The cost-effectiveness plane: bootstrap replicates of (Δeffect, Δcost), the point estimate and the quadrants. */
export const cePlaneChart: ChartDefinition = costEffectivenessChart(
  'ce-plane',
  'Cost-effectiveness plane: bootstrap replicates (Δeffect, Δcost, CTI − control) with the point estimate and quadrant labels.',
  'Cost-effectiveness plane',
  (ce) => {
    const replicates = (ce?.bootstrap?.replicates ?? []).filter((r) => Number.isFinite(r.delta_effect) && Number.isFinite(r.delta_cost));
    const point = ce && ce.deltaCost !== null && ce.deltaEffect !== null ? [{ delta_effect: ce.deltaEffect, delta_cost: ce.deltaCost }] : [];
    const all = [...replicates, ...point];
    // symmetric axes keep the origin in the middle, so every quadrant is visible and labelled
    const xMax = 1.1 * Math.max(1, ...all.map((r) => Math.abs(r.delta_effect)));
    const yMax = 1.1 * Math.max(1000, ...all.map((r) => Math.abs(r.delta_cost)));
    const xScale = { type: 'quantitative', scale: { domain: [-xMax, xMax], nice: false }, title: `Δ effect, CTI − control (${ce?.outcome.label ?? 'outcome'} points; positive = CTI better)` };
    const yScale = { type: 'quantitative', scale: { domain: [-yMax, yMax], nice: false }, axis: { format: DKK_FORMAT }, title: 'Δ cost per citizen, CTI − control (DKK)' };
    const x = { field: 'delta_effect', ...xScale };
    const y = { field: 'delta_cost', ...yScale };
    const bootstrapNote = (bootstrap: CostEffectivenessBootstrap) => `${replicates.length} bootstrap replicates (seed ${bootstrap.seed}); red diamond: the point estimate.`;
    return { bootstrapNote, body: {
      width: 440,
      height: 340,
      layer: [
        { data: { values: [{}] }, mark: { type: 'rule', color: '#999' }, encoding: { x: { datum: 0, ...xScale } } },
        { data: { values: [{}] }, mark: { type: 'rule', color: '#999' }, encoding: { y: { datum: 0, ...yScale } } },
        { data: { values: replicates }, mark: { type: 'circle', size: 12, opacity: 0.35, color: '#1f6f8b' }, encoding: { x, y } },
        {
          data: { values: point }, mark: { type: 'point', shape: 'diamond', filled: true, size: 140, color: '#c0392b', stroke: 'white' },
          encoding: { x, y, tooltip: [{ field: 'delta_effect', format: '.2f' }, { field: 'delta_cost', format: DKK_FORMAT }] },
        },
        ...(['left', 'right'] as const).map((align) => ({
          data: { values: QUADRANTS.filter((q) => (q.x > 0) === (align === 'right')).map((q) => ({ ...q, delta_effect: 0.97 * q.x * xMax, delta_cost: 0.95 * q.y * yMax })) },
          mark: { type: 'text', fontSize: 11, color: '#555', baseline: 'middle', align },
          encoding: { x, y, text: { field: 'text' } },
        })),
      ],
    } };
  },
);
