import type { ArmName, CohortReport } from '@cti/analytics';
import type { PublishedReport } from '../disclosure';
import type { OutcomeCatalogue } from './outcome-catalogue';

/** A Vega-Lite spec as plain JSON. */
export type VegaLiteSpec = Record<string, unknown>;

/** A report as a chart reads it: the evaluator's full report, or one with small cells withheld. */
export type ChartReport = Omit<PublishedReport, 'metadata'> & { metadata: CohortReport['metadata'] & { suppression?: { k: number } } };

/** What a caller may choose about one chart (the report's own filters are report options). */
export interface ChartChoices {
  /** Progression: the outcome (default wemwbs_total). */
  outcome?: string;
  /** Recovery Star ladder: the arm (default cti) and timepoint (default m18). */
  arm?: ArmName;
  timepoint?: string;
}

/** Names that the report does not carry: the instrument registry and the municipalities. */
export interface ChartContext {
  outcomes: OutcomeCatalogue;
  municipalityNames: ReadonlyMap<number, string>;
}

export interface ChartDefinition {
  name: string;
  description: string;
  build(report: ChartReport, context: ChartContext, choices: ChartChoices): VegaLiteSpec;
}

/** A choice that names nothing the report has (an unknown outcome, say): the caller's mistake, a 400 over HTTP. */
export class ChartChoiceError extends Error {}
