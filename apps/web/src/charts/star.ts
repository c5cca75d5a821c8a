// The Recovery Star as the star people know: a radar with ten spokes on a 1–10 scale, one closed line per timepoint.
// Vega-Lite has no polar line, so this is Vega.
import type { Spec } from './embed';

export interface StarPoint {
  dimension: string;
  series: string;
  value: number;
}

// timepoints, light to dark (the arms' colours stay for arms)
const COLOURS = ['#9aa9b8', '#5b8fc7', '#0b3d6e', '#5a9e4b'];

export function starSpec(points: StarPoint[], dimensions: string[], series: string[], size = 300, description = ''): Spec {
  const r = size / 2 - 10;
  return {
    $schema: 'https://vega.github.io/schema/vega/v6.json',
    description,
    width: size,
    height: size,
    padding: { left: 175, right: 175, top: 30, bottom: 50 },
    autosize: 'none',
    signals: [{ name: 'radius', value: r }],
    data: [
      { name: 'points', values: points },
      { name: 'keys', values: dimensions.map((d) => ({ key: d })) },
      { name: 'rings', values: [2, 4, 6, 8, 10].flatMap((ring) => dimensions.map((d) => ({ ring, key: d }))) },
    ],
    scales: [
      { name: 'angular', type: 'point', range: { signal: '[-PI, PI]' }, padding: 0.5, domain: dimensions },
      { name: 'radial', type: 'linear', range: { signal: '[0, radius]' }, zero: true, nice: false, domain: [0, 10] },
      { name: 'color', type: 'ordinal', domain: series, range: series.length === 1 ? [COLOURS[1]] : COLOURS.slice(0, series.length) },
    ],
    legends: [{ aria: false, stroke: 'color', fill: 'color', orient: 'bottom', direction: 'horizontal', offset: 24, labelFontSize: 12, symbolType: 'circle' }],
    // everything is drawn around the centre: one group moved there
    marks: [{ type: 'group', aria: false, encode: { enter: { x: { signal: 'width / 2' }, y: { signal: 'height / 2' } } }, marks: [
      {
        type: 'group',
        aria: false,
        name: 'grid',
        from: { facet: { data: 'rings', name: 'ring-facet', groupby: ['ring'] } },
        marks: [{
          type: 'line',
          aria: false,
          from: { data: 'ring-facet' },
          encode: { enter: {
            interpolate: { value: 'linear-closed' }, stroke: { value: '#d8dee6' }, strokeWidth: { value: 1 },
            x: { signal: "scale('radial', datum.ring) * cos(scale('angular', datum.key))" }, y: { signal: "scale('radial', datum.ring) * sin(scale('angular', datum.key))" },
          } },
        }],
      },
      {
        type: 'rule', aria: false, from: { data: 'keys' },
        encode: { enter: { x: { value: 0 }, y: { value: 0 }, stroke: { value: '#b9c3cf' }, x2: { signal: "radius * cos(scale('angular', datum.key))" }, y2: { signal: "radius * sin(scale('angular', datum.key))" } } },
      },
      {
        type: 'text', aria: false, from: { data: 'keys' },
        encode: { enter: {
          x: { signal: "(radius + 8) * cos(scale('angular', datum.key))" }, y: { signal: "(radius + 8) * sin(scale('angular', datum.key))" }, text: { field: 'key' },
          align: { signal: "abs(cos(scale('angular', datum.key))) < 0.2 ? 'center' : cos(scale('angular', datum.key)) > 0 ? 'left' : 'right'" },
          baseline: { signal: "sin(scale('angular', datum.key)) > 0.2 ? 'top' : sin(scale('angular', datum.key)) < -0.2 ? 'bottom' : 'middle'" },
          fontSize: { value: 11 }, fill: { value: '#333' },
        } },
      },
      {
        type: 'group',
        aria: false,
        name: 'stars',
        from: { facet: { data: 'points', name: 'series-facet', groupby: ['series'] } },
        marks: [{
          type: 'line',
          aria: false,
          name: 'star-line',
          from: { data: 'series-facet' },
          encode: { enter: {
            interpolate: { value: 'linear-closed' }, strokeWidth: { value: 2.5 }, stroke: { scale: 'color', field: 'series' }, fill: { scale: 'color', field: 'series' }, fillOpacity: { value: 0.08 },
            x: { signal: "scale('radial', datum.value) * cos(scale('angular', datum.dimension))" }, y: { signal: "scale('radial', datum.value) * sin(scale('angular', datum.dimension))" },
          } },
        }],
      },
    ] }],
  };
}
