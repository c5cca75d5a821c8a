import type { InstrumentDefinition } from '@cti/domain';
import type { ReadingValues } from './score-reading';

/**
 * A Recovery Star reading as a Vega-Lite radial chart: one spoke per dimension, its length the score on the 1–10
 * ladder, so a worker and citizen see the star they filled in together. Any instrument with itemsAreOutcomes works.
 */
export function starChartSpec(instrument: InstrumentDefinition, values: ReadingValues, title: string): Record<string, unknown> {
  const max = Math.max(...instrument.items.map((i) => i.max));
  // every dimension gets an equal slice, its angles given outright (a stacked theta would group slices by score);
  // its radius is the score, so a fuller star is a better reading
  const slice = (2 * Math.PI) / instrument.items.length;
  const data = instrument.items.map((i, n) => ({
    dimension: i.labelDa ?? i.label, dimension_en: i.label, value: values[i.code] ?? 0, from: n * slice, to: (n + 1) * slice, mid: (n + 0.5) * slice,
  }));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title,
    width: 340,
    height: 340,
    data: { values: data },
    encoding: {
      radius: { field: 'value', type: 'quantitative', scale: { type: 'linear', domain: [0, max], zero: true, rangeMin: 6 } },
      color: { field: 'dimension', type: 'nominal', sort: null, legend: { title: null, orient: 'right', labelLimit: 220 } },
    },
    layer: [
      {
        mark: { type: 'arc', innerRadius: 6, stroke: '#fff' },
        encoding: { theta: { field: 'from', type: 'quantitative', scale: null }, theta2: { field: 'to' }, tooltip: [{ field: 'dimension', type: 'nominal' }, { field: 'value', type: 'quantitative', title: 'score' }] },
      },
      { mark: { type: 'text', radiusOffset: 12, fontSize: 12 }, encoding: { theta: { field: 'mid', type: 'quantitative', scale: null }, text: { field: 'value', type: 'quantitative' } } },
    ],
    view: { stroke: null },
  };
}
