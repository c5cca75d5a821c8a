import { chartFrame } from './chart-frame';
import type { ChartDefinition } from './chart-types';
import type { CohortReport } from '@cti/analytics';
import { figure, LeftOut, partOf } from './published';

// The method's falling intensity: contact time in phases 1, 2 and 3 roughly 4 : 2 : 1.
const EXPECTED_WEIGHTS: Record<string, number> = { 1: 4, 2: 2, 3: 1 };
const OBSERVED = 'Observed';
const EXPECTED = 'Expected 4 : 2 : 1';

/** Contact minutes by phase beside the 4 : 2 : 1 the method expects, scaled to the same total. */
export const intensityChart: ChartDefinition = {
  name: 'intensity',
  description: 'Contact minutes by CTI phase beside the expected 4 : 2 : 1 (scaled to the same total over the phases shown).',
  build(report) {
    const leftOut = new LeftOut();
    const fidelity = partOf<CohortReport['fidelity']>(report.fidelity, 'fidelity', leftOut);
    const observed = Object.keys(EXPECTED_WEIGHTS).flatMap((phase) => {
      if (!fidelity) return [];
      const minutes = figure(fidelity.contact_minutes_by_phase[phase]);
      if (minutes === null) {
        leftOut.note(`phase ${phase}`, fidelity.contact_minutes_by_phase[phase]);
        return [];
      }
      return [{ phase, minutes, ratio: figure(fidelity.intensity_ratio[phase]), courses: figure(fidelity.contact_courses_by_phase[phase]) }];
    });
    // expected minutes: the observed total of the phases shown, split in the method's proportions among them
    const total = observed.reduce((sum, o) => sum + o.minutes, 0);
    const weights = observed.reduce((sum, o) => sum + EXPECTED_WEIGHTS[o.phase], 0);
    const values = observed.flatMap((o) => [
      { phase: `Phase ${o.phase}`, kind: OBSERVED, minutes: o.minutes, ratio: o.ratio, courses: o.courses },
      { phase: `Phase ${o.phase}`, kind: EXPECTED, minutes: weights > 0 ? (total * EXPECTED_WEIGHTS[o.phase]) / weights : 0, ratio: EXPECTED_WEIGHTS[o.phase], courses: null },
    ]);
    return chartFrame(report, 'CTI intensity: contact minutes by phase', 'Total contact minutes of CTI courses per phase; grey: the method’s 4 : 2 : 1 of the same total.', leftOut, {
      width: 360,
      height: 260,
      data: { values },
      mark: { type: 'bar' },
      encoding: {
        x: { field: 'phase', type: 'nominal', title: null, axis: { labelAngle: 0 } },
        xOffset: { field: 'kind', type: 'nominal', sort: [OBSERVED, EXPECTED] },
        y: { field: 'minutes', type: 'quantitative', title: 'Contact minutes (all CTI courses)', axis: { format: ',.0f' } },
        color: { field: 'kind', type: 'nominal', title: null, sort: [OBSERVED, EXPECTED], scale: { range: ['#1f6f8b', '#bbbbbb'] } },
        tooltip: [{ field: 'phase' }, { field: 'kind' }, { field: 'minutes', format: ',.0f' }, { field: 'ratio', format: '.1f', title: 'ratio to phase 3' }, { field: 'courses' }],
      },
    });
  },
};
