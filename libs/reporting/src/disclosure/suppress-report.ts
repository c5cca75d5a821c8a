import type { CohortReport, ReportCells } from '@cti/analytics';
import { publishAsIs, withholdWhole, suppressEffectSizes, suppressInterimDescriptives, suppressMmrm, suppressSensitivity, suppressUnavailable } from './suppress-analyses';
import { suppressCostCells, suppressCostEffectiveness } from './suppress-costs';
import { suppressAttrition, suppressFidelity } from './suppress-fidelity';
import { suppressDistributions } from './suppress-distributions';
import { suppressLostReasons } from './suppress-lost-reasons';
import { suppressComparisons, suppressOutcomeCells } from './suppress-outcomes';
import { type Published, NO_RULE } from './withheld';

type Section = Exclude<keyof CohortReport, 'metadata'>;
type CellSection = keyof ReportCells;
type Rule<R> = (out: R, k: number) => void;

/**
 * Every section of the report and the rule that publishes it. The types make the list complete: a section added to
 * CohortReport without a rule here does not compile, and a key the type does not know is withheld whole at run time.
 * Some rules cover several sections at once (a ladder with its stars, costs with the municipality comparison); each
 * section is named once. The rules of the cell sections read and change those sections only, so the disclosure
 * pattern can apply them to a view's cells alone (suppressCells) and find what the whole report's rule finds.
 */
const CELL_RULES: Record<CellSection, Rule<ReportCells> | 'covered'> = {
  descriptives: suppressOutcomeCells, change: 'covered', recovery_star_ladder: 'covered',
  costs: suppressCostCells, municipality_costs: 'covered',
  attrition: suppressAttrition,
  descriptives_interim: suppressInterimDescriptives,
  unavailable: suppressUnavailable,
};
const RULES: Record<Exclude<Section, CellSection>, Rule<CohortReport> | 'covered'> = {
  comparison: suppressComparisons, recovery_star: 'covered',
  cost_effectiveness: suppressCostEffectiveness,
  fidelity: suppressFidelity,
  // box-plot quantiles follow their descriptives, so they are published after the others (suppressDistributions below)
  distributions: 'covered',
  mmrm: suppressMmrm,
  sensitivity: suppressSensitivity,
  effect_sizes: suppressEffectSizes,
  outcome_hierarchy: publishAsIs,
  warnings: publishAsIs,
  health_economics: publishAsIs,
  // counts per level and arm that the joint pattern does not cover yet: withheld whole
  table_one: withholdWhole('table_one'),
  responders: withholdWhole('responders'),
};

type PublishedSections<R> = { [S in keyof R]: Published<R[S]> };

/** The report's sections, any figure of which may be withheld; metadata says which k applied. */
export type PublishedReport = PublishedSections<Omit<CohortReport, 'metadata'>> & {
  metadata: CohortReport['metadata'] & { suppression: { k: number } };
};

/** A view's cells after the view's own rule: as those sections of its published report. */
export type PublishedCells = PublishedSections<ReportCells>;

/**
 * THE small-cell rule, in one place: every report, section, chart and download shown to a suppressing scope (agency,
 * municipality) passes through here. Primary suppression withholds any figure resting on fewer than k citizens;
 * secondary suppression withholds further cells where a withheld one could be worked out from a total and the rest.
 * The input is left as it was; withheld figures become { suppressed: true, reason }.
 */
export function suppressSmallCells(report: CohortReport, k: number): PublishedReport {
  const out = structuredClone(report);
  applyRules(CELL_RULES, out, k);
  applyRules(RULES, out, k);
  for (const key of Object.keys(out)) if (key !== 'metadata' && !(key in CELL_RULES) && !(key in RULES)) (out as unknown as Record<string, unknown>)[key] = NO_RULE;
  const published: PublishedReport = { ...(out as Omit<PublishedReport, 'metadata'>), metadata: { ...report.metadata, suppression: { k } } };
  // these follow figures withheld above (and again after the joint pattern: see publishSlice)
  suppressLostReasons(published, k);
  suppressDistributions(published, k);
  return published;
}

/** The same rule on a view's cells alone: what suppressSmallCells makes of those sections of the view's report. */
export function suppressCells(cells: ReportCells, k: number): PublishedCells {
  const out = structuredClone(cells);
  applyRules(CELL_RULES, out, k);
  return out as PublishedCells;
}

function applyRules<R>(rules: Record<string, Rule<R> | 'covered'>, out: R, k: number): void {
  for (const rule of Object.values(rules)) if (rule !== 'covered') rule(out, k);
}
