// The forest plot: ANCOVA estimate of CTI − control with its 95 % interval per outcome, one panel per instrument
// (the scales differ), zero marked, and the direction of "better" in each row's label.
import { VL } from './common';
import type { Spec } from './embed';

export interface ForestRow {
  instrument: string;
  label: string;
  estimate: number;
  lower: number;
  upper: number;
  favoursCti: boolean;
}

export function forestSpec(rows: ForestRow[], labels: { x: string }): Spec {
  const instruments = [...new Set(rows.map((r) => r.instrument))];
  return {
    $schema: VL,
    vconcat: instruments.map((instrument) => {
      const values = rows.filter((r) => r.instrument === instrument);
      return {
        title: { text: instrument, fontSize: 12, fontWeight: 600 },
        width: 420,
        height: { step: 22 },
        data: { values },
        layer: [
          { mark: { type: 'rule', color: '#888', strokeDash: [4, 3] }, encoding: { x: { datum: 0, type: 'quantitative' } } },
          { mark: { type: 'rule', strokeWidth: 2 }, encoding: { y: { field: 'label', type: 'nominal', title: null, sort: null }, x: { field: 'lower', type: 'quantitative', title: labels.x }, x2: { field: 'upper' }, color: { field: 'favoursCti', type: 'nominal', legend: null, scale: { domain: [true, false], range: ['#1e7b34', '#8a8f96'] } } } },
          { mark: { type: 'point', filled: true, size: 70, shape: 'square' }, encoding: { y: { field: 'label', type: 'nominal', sort: null }, x: { field: 'estimate', type: 'quantitative' }, color: { field: 'favoursCti', type: 'nominal', legend: null } } },
        ],
      };
    }),
    spacing: 18,
  };
}
