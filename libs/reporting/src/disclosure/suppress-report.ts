import type { CohortReport } from '@cti/analytics';
import { suppressCosts } from './suppress-costs';
import { suppressFidelity } from './suppress-fidelity';
import { suppressAnalysisAdditions } from './suppress-analysis-additions';
import { suppressDistributions } from './suppress-distributions';
import { suppressLostReasons } from './suppress-lost-reasons';
import { suppressOutcomes } from './suppress-outcomes';
import type { Published } from './withheld';

/** The report's sections, any figure of which may be withheld; metadata says which k applied. */
export type PublishedReport = { [S in Exclude<keyof CohortReport, 'metadata'>]: Published<CohortReport[S]> } & {
  metadata: CohortReport['metadata'] & { suppression: { k: number } };
};

/**
 * THE small-cell rule, in one place: every report, section, chart and download shown to a suppressing scope (agency,
 * municipality) passes through here. Primary suppression withholds any figure resting on fewer than k citizens;
 * secondary suppression withholds further cells where a withheld one could be worked out from a total and the rest.
 * The input is left as it was; withheld figures become { suppressed: true, reason }.
 */
export function suppressSmallCells(report: CohortReport, k: number): PublishedReport {
  const out = structuredClone(report);
  suppressOutcomes(out, k);
  suppressCosts(out, k);
  suppressFidelity(out, k);
  const published: PublishedReport = { ...(out as Omit<PublishedReport, 'metadata'>), metadata: { ...report.metadata, suppression: { k } } };
  suppressLostReasons(published, k);
  suppressDistributions(published, k);
  suppressAnalysisAdditions(published, k);
  return published;
}
