import type { ComparisonRow } from '@cti/analytics';
import { chartFrame, timepointLabel } from './chart-frame';
import type { ChartDefinition } from './chart-types';
import { labelOf } from './outcome-catalogue';
import { figure, LeftOut, listOf } from './published';

/** Forest plot of the primary comparison: the ANCOVA estimate (CTI − control) with its 95 % CI per outcome. */
export const comparisonChart: ChartDefinition = {
  name: 'comparison',
  description: 'Forest plot: ANCOVA estimate (CTI − control, adjusted for baseline) with 95 % CI per outcome at 9 and 18 months, grouped by instrument.',
  build(report, { outcomes }) {
    const leftOut = new LeftOut();
    const values = listOf<ComparisonRow>(report.comparison).flatMap((row) => {
      const outcome = labelOf(outcomes, row.outcome);
      const estimate = figure(row.ancova_estimate);
      const ci = listOf<number>(row.ancova_ci).map(figure);
      if (estimate === null || ci[0] == null || ci[1] == null) {
        leftOut.noteAny(`${outcome.fullLabel} at ${timepointLabel(row.timepoint)}`, row.ancova_estimate, row.ancova_ci);
        return [];
      }
      return [{
        group: `${outcome.instrument} — ${outcome.direction}`, outcome: outcome.label, code: row.outcome, timepoint: timepointLabel(row.timepoint),
        estimate, lower: ci[0], upper: ci[1], zero: 0, p: figure(row.ancova_p), n: figure(row.n),
      }];
    });
    const groups = [...new Set(values.map((v) => v.group))];
    const timepoints = { field: 'timepoint', type: 'nominal', title: 'Follow-up', sort: ['9 months', '18 months'], scale: { range: ['#1f6f8b', '#8b1f5f'] } };
    const y = { field: 'outcome', type: 'nominal', title: null, sort: null };
    const yOffset = { field: 'timepoint', type: 'nominal', sort: ['9 months', '18 months'] };
    const x = { type: 'quantitative', title: 'CTI − control, adjusted for baseline (points on the outcome’s scale)' };
    return chartFrame(report, 'CTI versus control: ANCOVA estimates', 'Primary comparison: follow-up = baseline + arm (ANCOVA). Estimate with 95 % CI; 0 = no difference.', leftOut, {
      data: { values },
      // one panel per instrument, each on its own scale (a Recovery Star point is not a WEMWBS point)
      vconcat: groups.map((group) => ({
        title: { text: group, anchor: 'start', fontSize: 12, fontWeight: 'bold' },
        width: 460,
        height: { step: 22 },
        transform: [{ filter: { field: 'group', equal: group } }],
        layer: [
          { mark: { type: 'rule', color: '#888', strokeDash: [4, 3] }, encoding: { x: { field: 'zero', ...x } } },
          { mark: { type: 'rule', strokeWidth: 1.5 }, encoding: { y, yOffset, x: { field: 'lower', ...x }, x2: { field: 'upper' }, color: timepoints } },
          {
            mark: { type: 'point', filled: true, size: 50 },
            encoding: {
              y, yOffset, x: { field: 'estimate', ...x }, color: timepoints,
              tooltip: [{ field: 'code', title: 'outcome' }, { field: 'timepoint' }, { field: 'estimate', format: '.2f' }, { field: 'lower', format: '.2f' }, { field: 'upper', format: '.2f' }, { field: 'p', format: '.3f' }, { field: 'n' }],
            },
          },
        ],
      })),
    });
  },
};
