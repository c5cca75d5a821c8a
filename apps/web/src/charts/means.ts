// Means with 95 % intervals per arm over the timepoints.
import { armsOverTimepoints } from './common';
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
  return armsOverTimepoints(points, order, labels, (y) => [
    { mark: { type: 'rule', strokeWidth: 2 }, encoding: { y: { ...y, field: 'lower' }, y2: { field: 'upper' } } },
    { mark: { type: 'point', filled: true, size: 80 }, encoding: { y: { ...y, field: 'mean' } } },
  ]);
}
