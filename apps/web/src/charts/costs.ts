// Cost charts: cost per citizen by category and arm, own municipality beside the national figure, the
// cost-effectiveness plane with named quadrants, and the acceptability curve.
import { armColour, VL } from './common';
import type { Spec } from './embed';

export function byCategorySpec(rows: { arm: string; category: string; cost: number }[], labels: { cost: string; arm: string; category: string }): Spec {
  return {
    $schema: VL,
    width: 620,
    height: { step: 44 },
    data: { values: rows },
    mark: { type: 'bar' },
    encoding: {
      y: { field: 'arm', type: 'nominal', title: null },
      x: { field: 'cost', type: 'quantitative', title: labels.cost, axis: { format: ',.0f' }, stack: 'zero' },
      color: { field: 'category', type: 'nominal', title: labels.category, scale: { scheme: 'tableau10' } },
    },
  };
}

export function ownVsNationalSpec(rows: { arm: string; where: string; horizon: string; cost: number }[], labels: { cost: string; arm: string; where: string }): Spec {
  return {
    $schema: VL,
    data: { values: rows },
    facet: { column: { field: 'horizon', type: 'nominal', title: null, sort: null } },
    spec: {
      width: 260,
      height: 220,
      mark: { type: 'bar' },
      encoding: {
        x: { field: 'where', type: 'nominal', title: null, axis: { labelAngle: 0 } },
        xOffset: { field: 'arm', type: 'nominal' },
        y: { field: 'cost', type: 'quantitative', title: labels.cost, axis: { format: ',.0f' } },
        color: armColour(labels.arm),
      },
    },
  };
}

export interface PlaneLabels {
  x: string;
  y: string;
  estimate: string;
  replicate: string;
  quadrants: { ne: string; nw: string; se: string; sw: string };
}

export function cePlaneSpec(replicates: { delta_cost: number; delta_effect: number }[], estimate: { delta_cost: number; delta_effect: number }, labels: PlaneLabels): Spec {
  const xs = replicates.map((r) => Math.abs(r.delta_effect)).concat(Math.abs(estimate.delta_effect));
  const ys = replicates.map((r) => Math.abs(r.delta_cost)).concat(Math.abs(estimate.delta_cost));
  const xMax = Math.max(...xs, 1e-9) * 1.15;
  const yMax = Math.max(...ys, 1e-9) * 1.15;
  const corner = (text: string, x: number, y: number, align: string, baseline: string) => ({ text, x, y, align, baseline });
  const quadrants = [
    corner(labels.quadrants.ne, xMax, yMax, 'right', 'top'), corner(labels.quadrants.nw, -xMax, yMax, 'left', 'top'),
    corner(labels.quadrants.se, xMax, -yMax, 'right', 'bottom'), corner(labels.quadrants.sw, -xMax, -yMax, 'left', 'bottom'),
  ];
  const x = { type: 'quantitative', scale: { domain: [-xMax, xMax] } };
  const y = { type: 'quantitative', scale: { domain: [-yMax, yMax] } };
  return {
    $schema: VL,
    width: 460,
    height: 340,
    layer: [
      { data: { values: replicates.map((r) => ({ ...r, kind: labels.replicate })) }, mark: { type: 'point', size: 14, opacity: 0.45, filled: true }, encoding: { x: { ...x, field: 'delta_effect', title: labels.x }, y: { ...y, field: 'delta_cost', title: labels.y, axis: { format: ',.0f' } }, color: { field: 'kind', type: 'nominal', title: null, scale: { range: ['#7b8ea3', '#b3261e'] } } } },
      { data: { values: [0] }, mark: { type: 'rule', color: '#333' }, encoding: { x: { datum: 0, ...x } } },
      { data: { values: [0] }, mark: { type: 'rule', color: '#333' }, encoding: { y: { datum: 0, ...y } } },
      { data: { values: [{ ...estimate, kind: labels.estimate }] }, mark: { type: 'point', shape: 'diamond', size: 160, filled: true }, encoding: { x: { ...x, field: 'delta_effect' }, y: { ...y, field: 'delta_cost' }, color: { field: 'kind', type: 'nominal' } } },
      ...quadrants.map((q) => ({ data: { values: [q] }, mark: { type: 'text', align: q.align, baseline: q.baseline, fontSize: 11, fontWeight: 600, color: '#333', dx: q.align === 'left' ? 4 : -4, dy: q.baseline === 'top' ? 4 : -4 }, encoding: { x: { ...x, field: 'x' }, y: { ...y, field: 'y' }, text: { field: 'text' } } })),
    ],
  };
}

export function ceacSpec(points: { wtp: number; probability_cost_effective: number }[], labels: { x: string; y: string }, crossing: number | null): Spec {
  return {
    $schema: VL,
    width: 620,
    height: 260,
    layer: [
      { data: { values: points }, mark: { type: 'line', strokeWidth: 2.5, color: '#1f6f8b', point: false }, encoding: { x: { field: 'wtp', type: 'quantitative', title: labels.x, axis: { format: ',.0f' } }, y: { field: 'probability_cost_effective', type: 'quantitative', title: labels.y, scale: { domain: [0, 1] }, axis: { format: '.0%' } } } },
      { data: { values: [0] }, mark: { type: 'rule', strokeDash: [4, 3], color: '#888' }, encoding: { y: { datum: 0.5, type: 'quantitative' } } },
      ...(crossing === null ? [] : [{ data: { values: [{ wtp: crossing, p: 0.5 }] }, mark: { type: 'point', shape: 'circle', size: 90, color: '#b3261e', filled: true }, encoding: { x: { field: 'wtp', type: 'quantitative' }, y: { field: 'p', type: 'quantitative' } } }]),
    ],
  };
}
