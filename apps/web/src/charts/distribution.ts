// Box plots from the report's quantiles: the box from the 1st to the 3rd quartile, the median as a tick, whiskers at
// the 10th and 90th percentiles (where they are published), per arm at each timepoint.
import { armsOverTimepoints } from './common';
import type { Spec } from './embed';

export interface BoxPoint {
  arm: string;
  timepoint: string;
  n: number;
  q1: number;
  median: number;
  q3: number;
  p10: number | null;
  p90: number | null;
}

export function boxSpec(points: BoxPoint[], order: string[], labels: { x: string; y: string; arm: string }): Spec {
  return armsOverTimepoints(points, order, labels, (y) => [
    { transform: [{ filter: 'datum.p10 != null' }], mark: { type: 'rule', strokeWidth: 1.5 }, encoding: { y: { ...y, field: 'p10' }, y2: { field: 'p90' } } },
    { mark: { type: 'bar', width: 18, opacity: 0.35 }, encoding: { y: { ...y, field: 'q1' }, y2: { field: 'q3' } } },
    { mark: { type: 'tick', thickness: 3, size: 18 }, encoding: { y: { ...y, field: 'median' } } },
  ]);
}
