import type { CohortReport, CostEffectivenessBootstrap } from '@cti/analytics';
import type { ChartDefinition, ChartReport, VegaLiteSpec } from './chart-types';
import { labelOf, type OutcomeCatalogue, type OutcomeLabel } from './outcome-catalogue';
import { figure, LeftOut, partOf } from './published';
import { chartFrame, timepointLabel } from './chart-frame';

export interface CostEffectivenessFigures {
  outcome: OutcomeLabel;
  /** "WEMWBS total at 9 months, costs over 9 months" */
  choice: string;
  deltaCost: number | null;
  deltaEffect: number | null;
  bootstrap: CostEffectivenessBootstrap | null;
}

/** The cost-effectiveness section as far as it is published; what is withheld is noted in `leftOut`. */
export function costEffectivenessFigures(report: ChartReport, outcomes: OutcomeCatalogue, leftOut: LeftOut): CostEffectivenessFigures | null {
  const ce = partOf<NonNullable<CohortReport['cost_effectiveness']>>(report.cost_effectiveness, 'the cost-effectiveness analysis', leftOut);
  if (ce === null) return null;
  const outcome = labelOf(outcomes, ce.outcome);
  leftOut.noteAny('the point estimate', ce.delta_cost, ce.delta_effect);
  return {
    outcome,
    choice: `${outcome.fullLabel} at ${timepointLabel(ce.timepoint)}, costs over ${ce.horizon_months} months`,
    deltaCost: figure(ce.delta_cost),
    deltaEffect: figure(ce.delta_effect),
    // a bootstrap is withheld as a whole or published as a whole
    bootstrap: partOf<CostEffectivenessBootstrap>(ce.bootstrap, 'the bootstrap replicates', leftOut),
  };
}

/** Said in the subtitle when the report was made without a bootstrap (bootstrap=0). */
export const NO_BOOTSTRAP = 'No bootstrap in this report (bootstrap=0): ask for replicates to see the uncertainty.';

/** What a cost-effectiveness chart draws from the published figures, and how its subtitle speaks of a bootstrap. */
export interface CostEffectivenessDrawing {
  body: VegaLiteSpec;
  bootstrapNote(bootstrap: CostEffectivenessBootstrap): string;
}

/**
 * A chart of the cost-effectiveness section (the plane, the acceptability curve): the published figures, and a subtitle
 * that names the choice of outcome and horizon and then the bootstrap, or says there is none.
 */
export function costEffectivenessChart(name: string, description: string, title: string, draw: (ce: CostEffectivenessFigures | null) => CostEffectivenessDrawing): ChartDefinition {
  return {
    name,
    description,
    build(report, { outcomes }) {
      const leftOut = new LeftOut();
      const ce = costEffectivenessFigures(report, outcomes, leftOut);
      const { body, bootstrapNote } = draw(ce);
      const about = ce ? `${ce.choice}. ${ce.bootstrap ? bootstrapNote(ce.bootstrap) : NO_BOOTSTRAP}` : 'No cost-effectiveness analysis in this report.';
      return chartFrame(report, title, about, leftOut, body);
    },
  };
}
