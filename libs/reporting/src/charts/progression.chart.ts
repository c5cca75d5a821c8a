import type { DescriptiveRow } from '@cti/analytics';
import { ARM_COLOURS, ARM_LABELS, chartFrame, timepointLabel } from './chart-frame';
import { ChartChoiceError, type ChartDefinition } from './chart-types';
import { meanInterval } from './mean-interval';
import { labelOf } from './outcome-catalogue';
import { figure, LeftOut, listOf } from './published';

const TIMEPOINTS = ['baseline', 'm9', 'm18'];
export const DEFAULT_OUTCOME = 'wemwbs_total';

/** Mean of one outcome by arm at baseline, 9 and 18 months, with the 95 % interval of each mean (from descriptives). */
export const progressionChart: ChartDefinition = {
  name: 'progression',
  description: 'Mean of an outcome by arm at baseline, 9 and 18 months with 95 % confidence intervals (outcome=…, default wemwbs_total).',
  build(report, { outcomes }, choices) {
    const code = choices.outcome ?? DEFAULT_OUTCOME;
    if (!outcomes.has(code)) throw new ChartChoiceError(`unknown outcome '${code}'; one of ${[...outcomes.keys()].join(', ')}`);
    const outcome = labelOf(outcomes, code);
    const leftOut = new LeftOut();
    const values = listOf<DescriptiveRow>(report.descriptives)
      .filter((row) => row.outcome === code && TIMEPOINTS.includes(row.timepoint))
      .flatMap((row) => {
        const where = `${ARM_LABELS[row.arm]} at ${timepointLabel(row.timepoint)}`;
        const mean = figure(row.mean);
        if (mean === null) {
          leftOut.note(where, row.mean);
          return [];
        }
        const interval = meanInterval(mean, figure(row.sd), figure(row.n));
        return [{ arm: ARM_LABELS[row.arm], timepoint: timepointLabel(row.timepoint), n: figure(row.n), mean, lower: interval?.[0] ?? null, upper: interval?.[1] ?? null }];
      });
    const y = { field: 'mean', type: 'quantitative', title: `${outcome.fullLabel} (${outcome.direction})`, scale: { zero: false } };
    return chartFrame(report, `Progression: ${outcome.fullLabel}`, `${outcome.instrument}. Mean by arm with 95 % confidence interval (t distribution).`, leftOut, {
      width: 420,
      height: 280,
      data: { values },
      encoding: {
        x: { field: 'timepoint', type: 'ordinal', sort: TIMEPOINTS.map(timepointLabel), title: 'Timepoint', axis: { labelAngle: 0 } },
        xOffset: { field: 'arm', type: 'nominal', sort: Object.values(ARM_LABELS) },
        color: ARM_COLOURS,
      },
      layer: [
        { mark: { type: 'rule', strokeWidth: 1.5 }, encoding: { y: { ...y, field: 'lower' }, y2: { field: 'upper' } } },
        {
          mark: { type: 'point', filled: true, size: 70 },
          encoding: {
            y,
            tooltip: [{ field: 'arm' }, { field: 'timepoint' }, { field: 'n', type: 'quantitative' }, { field: 'mean', format: '.2f' }, { field: 'lower', format: '.2f' }, { field: 'upper', format: '.2f' }],
          },
        },
      ],
    });
  },
};
