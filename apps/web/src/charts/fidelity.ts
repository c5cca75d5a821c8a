// Fidelity charts: phase lengths against three months, contact intensity against 4 : 2 : 1, caseload against 10–12.
import { VL } from './common';
import type { Spec } from './embed';

export function phaseLengthSpec(rows: { phase: string; median: number }[], labels: { x: string; norm: string }): Spec {
  return {
    $schema: VL,
    width: 620,
    height: { step: 40 },
    layer: [
      { data: { values: [{ from: 77, to: 105 }] }, mark: { type: 'rect', color: '#e3f1e6' }, encoding: { x: { field: 'from', type: 'quantitative' }, x2: { field: 'to' } } },
      { data: { values: rows }, mark: { type: 'bar', color: '#1f6f8b', height: 22 }, encoding: { y: { field: 'phase', type: 'nominal', title: null }, x: { field: 'median', type: 'quantitative', title: labels.x, scale: { domain: [0, 140] } } } },
      { data: { values: rows }, mark: { type: 'text', align: 'left', dx: 4, color: '#fff', fontWeight: 600 }, encoding: { y: { field: 'phase', type: 'nominal' }, x: { datum: 0, type: 'quantitative' }, text: { field: 'median', type: 'quantitative' } } },
      { data: { values: [{ norm: 91, label: labels.norm }] }, mark: { type: 'rule', color: '#1e7b34', strokeWidth: 2, strokeDash: [5, 3] }, encoding: { x: { field: 'norm', type: 'quantitative' } } },
    ],
  };
}

export function intensitySpec(rows: { phase: string; kind: string; ratio: number }[], labels: { y: string; kind: string }): Spec {
  return {
    $schema: VL,
    width: 620,
    height: 220,
    data: { values: rows },
    mark: { type: 'bar' },
    encoding: {
      x: { field: 'phase', type: 'nominal', title: null, axis: { labelAngle: 0 } },
      xOffset: { field: 'kind', type: 'nominal' },
      y: { field: 'ratio', type: 'quantitative', title: labels.y, axis: { format: '.1f' } },
      color: { field: 'kind', type: 'nominal', title: labels.kind, scale: { range: ['#1f6f8b', '#c8d3de'] } },
    },
  };
}

export function caseloadSpec(rows: { month: string; value: number; series: string }[], norm: { min: number; max: number }, labels: { x: string; y: string; series: string }): Spec {
  return {
    $schema: VL,
    width: 620,
    height: 240,
    layer: [
      { data: { values: [norm] }, mark: { type: 'rect', color: '#e3f1e6' }, encoding: { y: { field: 'min', type: 'quantitative' }, y2: { field: 'max' } } },
      { data: { values: rows }, mark: { type: 'line', strokeWidth: 2 }, encoding: { x: { field: 'month', type: 'temporal', title: labels.x, axis: { format: '%b %Y' } }, y: { field: 'value', type: 'quantitative', title: labels.y }, color: { field: 'series', type: 'nominal', title: labels.series, scale: { range: ['#1f6f8b', '#c46b2f'] } } } },
    ],
  };
}

export function ladderSpec(rows: { series: string; stage: string; order: number; share: number }[], stages: string[], labels: { x: string; stage: string }): Spec {
  return {
    $schema: VL,
    width: 620,
    height: { step: 30 },
    data: { values: rows },
    mark: { type: 'bar' },
    encoding: {
      y: { field: 'series', type: 'nominal', title: null, sort: null },
      x: { field: 'share', type: 'quantitative', title: labels.x, axis: { format: '.0%' }, stack: 'normalize' },
      color: { field: 'stage', type: 'nominal', title: labels.stage, sort: stages, scale: { domain: stages, scheme: 'blues' } },
      order: { field: 'order', type: 'quantitative' },
    },
  };
}
