import type { ArmName, LadderRow } from '@cti/analytics';
import { ARM_LABELS, chartFrame, timepointLabel } from './chart-frame';
import type { ChartDefinition } from './chart-types';
import { labelOf } from './outcome-catalogue';
import { figure, LeftOut, listOf } from './published';

// The Recovery Star's ladder of change, from scores 1–2 up to 9–10 (analysis/recovery_star_ladder.sql).
const STAGES: Record<LadderRow['stage'], string> = {
  stuck: 'Stuck (1–2)', accepting_help: 'Accepting help (3–4)', believing: 'Believing (5–6)', learning: 'Learning (7–8)', self_reliance: 'Self-reliance (9–10)',
};
export const LADDER_DEFAULTS: { arm: ArmName; timepoint: string } = { arm: 'cti', timepoint: 'm18' };

/** Shares of the five ladder stages per Recovery Star dimension, for one arm and timepoint. */
export const recoveryStarLadderChart: ChartDefinition = {
  name: 'recovery-star-ladder',
  description: 'Recovery Star ladder of change: stacked shares of the five stages per dimension for one arm and timepoint (arm=cti|control, timepoint=…, default cti at m18).',
  build(report, { outcomes }, choices) {
    const arm = choices.arm ?? LADDER_DEFAULTS.arm;
    const timepoint = choices.timepoint ?? LADDER_DEFAULTS.timepoint;
    const leftOut = new LeftOut();
    const rows = listOf<LadderRow>(report.recovery_star_ladder).filter((r) => r.arm === arm && r.timepoint === timepoint);
    const values = rows.flatMap((row) => {
      const dimension = labelOf(outcomes, row.dimension);
      const share = figure(row.share);
      if (share === null) {
        leftOut.note(`${dimension.label}: ${STAGES[row.stage]}`, row.share);
        return [];
      }
      return [{ dimension: dimension.label, stage: STAGES[row.stage], share, citizens: figure(row.citizens), n: figure(row.n) }];
    });
    const instrument = rows.length > 0 ? labelOf(outcomes, rows[0].dimension).instrument : 'Recovery Star';
    return chartFrame(report, `${instrument}: ladder of change`, `${ARM_LABELS[arm]} at ${timepointLabel(timepoint)}. Share of citizens at each stage of each dimension.`, leftOut, {
      width: 440,
      height: { step: 24 },
      data: { values },
      mark: { type: 'bar' },
      encoding: {
        y: { field: 'dimension', type: 'nominal', sort: null, title: null },
        x: { field: 'share', type: 'quantitative', stack: 'zero', title: 'Share of citizens', scale: { domain: [0, 1] }, axis: { format: '%' } },
        color: { field: 'stage', type: 'ordinal', title: 'Stage', sort: Object.values(STAGES), scale: { domain: Object.values(STAGES), scheme: 'blues' } },
        order: { field: 'stageOrder' },
        tooltip: [{ field: 'dimension' }, { field: 'stage' }, { field: 'share', format: '.0%' }, { field: 'citizens' }, { field: 'n' }],
      },
      transform: [{ calculate: `indexof(${JSON.stringify(Object.values(STAGES))}, datum.stage)`, as: 'stageOrder' }],
    });
  },
};
