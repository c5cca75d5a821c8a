import { chartFrame } from './chart-frame';
import type { ChartDefinition } from './chart-types';
import type { CohortReport } from '@cti/analytics';
import { figure, LeftOut, partOf } from './published';

const PHASES = ['phase1', 'phase2', 'phase3'] as const;
const phaseLabel = (phase: string) => `Phase ${phase.replace('phase', '')}`;
// The method wants three equal phases of three months; the report counts lengths within 14 days of 91.
const EXPECTED_DAYS = 91;
const TOLERANCE_DAYS = 14;

/** Median length of each CTI phase against the method's three months. */
export const phaseLengthsChart: ChartDefinition = {
  name: 'phase-lengths',
  description: 'Median length of each CTI phase (days) against the expected 91 days (± 14), with how many courses were within that band.',
  build(report) {
    const leftOut = new LeftOut();
    const lengths = partOf<CohortReport['fidelity']>(report.fidelity, 'fidelity', leftOut)?.phase_length_days;
    const values = PHASES.flatMap((phase) => {
      const summary = lengths?.[phase];
      if (!summary) return [];
      const median = figure(summary.median);
      if (median === null) {
        leftOut.note(`${phaseLabel(phase)} median`, summary.median);
        return [];
      }
      const n = figure(summary.n);
      const within = figure(summary.within_14_days_of_91);
      if (within === null) leftOut.note(`${phaseLabel(phase)} count within ± ${TOLERANCE_DAYS} days`, summary.within_14_days_of_91);
      return [{ phase: phaseLabel(phase), median, n, within, label: within === null || n === null ? `n = ${n ?? 'withheld'}` : `${within} of ${n}\nwithin ± ${TOLERANCE_DAYS} days` }];
    });
    const y = { type: 'quantitative', title: 'Median phase length (days)', scale: { domain: [0, Math.max(EXPECTED_DAYS + 2 * TOLERANCE_DAYS, ...values.map((v) => v.median + 10))] } };
    return chartFrame(report, 'CTI phase lengths', `Median days per phase; the method expects three months (${EXPECTED_DAYS} days, band ± ${TOLERANCE_DAYS}).`, leftOut, {
      width: 420,
      height: 260,
      layer: [
        {
          data: { values: [{ from: EXPECTED_DAYS - TOLERANCE_DAYS, to: EXPECTED_DAYS + TOLERANCE_DAYS }] },
          mark: { type: 'rect', color: '#2e7d32', opacity: 0.12 },
          encoding: { y: { field: 'from', ...y }, y2: { field: 'to' } },
        },
        { data: { values: [{}] }, mark: { type: 'rule', color: '#2e7d32', strokeDash: [5, 3] }, encoding: { y: { datum: EXPECTED_DAYS, ...y } } },
        {
          data: { values },
          layer: [
            { mark: { type: 'bar', color: '#1f6f8b', width: { band: 0.7 } }, encoding: { y: { field: 'median', ...y }, tooltip: [{ field: 'phase' }, { field: 'median' }, { field: 'n' }, { field: 'within' }] } },
            { mark: { type: 'text', dy: -24, fontSize: 11, color: 'white', lineBreak: '\n', baseline: 'bottom' }, encoding: { y: { datum: 0, ...y }, text: { field: 'label' } } },
          ],
          encoding: { x: { field: 'phase', type: 'nominal', title: null, axis: { labelAngle: 0 } } },
        },
      ],
    });
  },
};
