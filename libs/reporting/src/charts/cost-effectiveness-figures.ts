import type { CohortReport, CostEffectivenessBootstrap } from '@cti/analytics';
import type { ChartReport } from './chart-types';
import { labelOf, type OutcomeCatalogue, type OutcomeLabel } from './outcome-catalogue';
import { figure, partOf, type LeftOut } from './published';
import { timepointLabel } from './chart-frame';

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
