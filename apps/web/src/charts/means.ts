// Means with 95 % intervals per arm over the timepoints.
import { armColour, VL } from './common';
import type { Spec } from './embed';

export interface MeanPoint {
  arm: string;
  timepoint: string;
  n: number;
  mean: number;
  lower: number | null;
  upper: number | null;
}

export function meansSpec(points: MeanPoint[], order: string[], labels: { x: string; y: string; arm: string }): Spec {
  const y = { type: 'quantitative', title: labels.y, scale: { zero: false } };
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
    layer: [
      { mark: { type: 'rule', strokeWidth: 2 }, encoding: { y: { ...y, field: 'lower' }, y2: { field: 'upper' } } },
      { mark: { type: 'point', filled: true, size: 80 }, encoding: { y: { ...y, field: 'mean' } } },
    ],
  };
}
