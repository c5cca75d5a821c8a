import type { InstrumentDefinition } from '@cti/domain';
import type { ReadingValues } from './score-reading';

/**
 * A Recovery Star reading as a Vega-Lite radial chart: one spoke per dimension, its length the score on the 1–10
 * ladder, so a worker and citizen see the star they filled in together. Any instrument with itemsAreOutcomes works.
 */
export function starChartSpec(instrument: InstrumentDefinition, values: ReadingValues, title: string): Record<string, unknown> {
  const max = Math.max(...instrument.items.map((i) => i.max));
  const data = instrument.items.map((i) => ({ dimension: i.labelDa ?? i.label, dimension_en: i.label, value: values[i.code] ?? 0 }));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title,
    width: 320,
    height: 320,
    data: { values: data },
    layer: [
      {
        mark: { type: 'arc', stroke: '#fff', padAngle: 0.02, innerRadius: 8 },
        encoding: {
          theta: { field: 'dimension', type: 'nominal', sort: null, stack: true, aggregate: 'count' },
          radius: { field: 'value', type: 'quantitative', aggregate: 'max', scale: { type: 'linear', domain: [0, max], range: [8, 150] } },
          color: { field: 'dimension', type: 'nominal', sort: null, legend: { title: null, orient: 'right' } },
          tooltip: [{ field: 'dimension', type: 'nominal' }, { field: 'value', type: 'quantitative', aggregate: 'max', title: 'score' }],
        },
      },
      {
        mark: { type: 'text', radiusOffset: 12, fontSize: 11 },
        encoding: {
          theta: { field: 'dimension', type: 'nominal', sort: null, stack: true, aggregate: 'count' },
          radius: { field: 'value', type: 'quantitative', aggregate: 'max', scale: { type: 'linear', domain: [0, max], range: [8, 150] } },
          text: { field: 'value', type: 'quantitative', aggregate: 'max' },
        },
      },
    ],
    view: { stroke: null },
  };
}
