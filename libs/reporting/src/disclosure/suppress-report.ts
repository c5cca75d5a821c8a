import type { CohortReport } from '@cti/analytics';
import { publishAsIs, withholdWhole, suppressEffectSizes, suppressInterimDescriptives, suppressMmrm, suppressSensitivity, suppressUnavailable } from './suppress-analyses';
import { suppressCosts } from './suppress-costs';
import { suppressFidelity } from './suppress-fidelity';
import { suppressDistributions } from './suppress-distributions';
import { suppressLostReasons } from './suppress-lost-reasons';
import { suppressOutcomes } from './suppress-outcomes';
import { type Published, NO_RULE } from './withheld';

type Section = Exclude<keyof CohortReport, 'metadata'>;
type Rule = (out: CohortReport, k: number) => void;

/**
 * Every section of the report and the rule that publishes it. The type makes the list complete: a section added to
 * CohortReport without a rule here does not compile, and a key the type does not know is withheld whole at run time.
 * Some rules cover several sections at once (a ladder with its stars, costs with the municipality comparison); each
 * section is named once.
 */
const RULES: Record<Section, Rule | 'covered'> = {
  descriptives: suppressOutcomes, change: 'covered', comparison: 'covered', recovery_star: 'covered', recovery_star_ladder: 'covered',
  costs: suppressCosts, cost_effectiveness: 'covered', municipality_costs: 'covered',
  fidelity: suppressFidelity, attrition: 'covered',
  // box-plot quantiles follow their descriptives, so they are published after the others (suppressDistributions below)
  distributions: 'covered',
  descriptives_interim: suppressInterimDescriptives,
  mmrm: suppressMmrm,
  sensitivity: suppressSensitivity,
  effect_sizes: suppressEffectSizes,
  unavailable: suppressUnavailable,
  outcome_hierarchy: publishAsIs,
  warnings: publishAsIs,
  health_economics: publishAsIs,
  // counts per level and arm that the joint pattern does not cover yet: withheld whole
  table_one: withholdWhole('table_one'),
  responders: withholdWhole('responders'),
};

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
  for (const rule of Object.values(RULES)) if (rule !== 'covered') rule(out, k);
  for (const key of Object.keys(out)) if (key !== 'metadata' && !(key in RULES)) (out as unknown as Record<string, unknown>)[key] = NO_RULE;
  const published: PublishedReport = { ...(out as Omit<PublishedReport, 'metadata'>), metadata: { ...report.metadata, suppression: { k } } };
  // these follow figures withheld above (and again after the joint pattern: see publishSlice)
  suppressLostReasons(published, k);
  suppressDistributions(published, k);
  return published;
}
