// Shared pieces of the chart specs: the arm colours (the same in every chart) and the Vega-Lite schema.
import { armName } from '../i18n/names';
import type { Spec } from './embed';

export const VL = 'https://vega.github.io/schema/vega-lite/v6.json';
export const ARM_COLOUR = ['#1f6f8b', '#c46b2f'];

export const armColour = (title: string) => ({ field: 'arm', type: 'nominal', title, scale: { domain: [armName('cti'), armName('control')], range: ARM_COLOUR } });

/** One value axis over the timepoints, the arms side by side at each: the frame of the means and the box plots. */
export function armsOverTimepoints(
  points: readonly object[], order: string[], labels: { x: string; y: string; arm: string },
  layers: (y: { type: string; title: string; scale: { zero: boolean } }) => object[],
): Spec {
  return {
    $schema: VL,
    width: 620,
    height: 280,
    data: { values: points },
    encoding: {
      x: { field: 'timepoint', type: 'ordinal', sort: order, title: labels.x, axis: { labelAngle: 0 } },
      xOffset: { field: 'arm', type: 'nominal' },
      color: armColour(labels.arm),
    },
    layer: layers({ type: 'quantitative', title: labels.y, scale: { zero: false } }),
  };
}
