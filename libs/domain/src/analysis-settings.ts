// An evaluation's analysis settings, stored with the evaluation: which outcome and timepoint are primary, and which
// outcomes are key secondary. The report's roles and its Holm family follow them.
import { DomainError } from './domain-error';

export const HIERARCHY_TIMEPOINTS = ['m9', 'm18'] as const;
export type HierarchyTimepoint = (typeof HIERARCHY_TIMEPOINTS)[number];

/** The evaluation's declared outcomes: one primary outcome and timepoint, and key secondary outcomes at that timepoint. */
export interface OutcomeHierarchy {
  primary: { outcome: string; timepoint: HierarchyTimepoint };
  keySecondary: string[];
}

/** The defaults of the Danish CTI evaluation: WEMWBS at nine months; SDS total and the Recovery Star mean. */
export const DEFAULT_OUTCOME_HIERARCHY: OutcomeHierarchy = {
  primary: { outcome: 'wemwbs_total', timepoint: 'm9' },
  keySecondary: ['sds_total', 'rs_mean'],
};

/** A confirmatory family stays small: every key secondary outcome costs the primary power under Holm. */
export const MAX_KEY_SECONDARY = 4;

/** What is stored in evaluation.analysis_settings; null there means the defaults. */
export interface AnalysisSettings {
  hierarchy: OutcomeHierarchy;
}

/** A hierarchy as a caller states it, before it is checked. */
export interface OutcomeHierarchyInput {
  primary: { outcome: string; timepoint: string };
  keySecondary: readonly string[];
}

export function hierarchyOf(settings: AnalysisSettings | null | undefined): OutcomeHierarchy {
  return settings?.hierarchy ?? DEFAULT_OUTCOME_HIERARCHY;
}

/**
 * The hierarchy if every outcome is a score outcome of the registry (`scoreOutcomes`), the timepoint m9 or m18, no
 * outcome named twice and at most MAX_KEY_SECONDARY key secondary outcomes; otherwise the first problem, naming its field.
 */
export function checkedHierarchy(input: OutcomeHierarchyInput, scoreOutcomes: readonly string[]): OutcomeHierarchy {
  const choices = scoreOutcomes.join(', ');
  const known = (field: string, outcome: string) => {
    if (!scoreOutcomes.includes(outcome)) throw new DomainError('invalid', 'analysis_settings.unknown_outcome', { field, outcome, choices });
  };
  const { outcome, timepoint } = input.primary;
  known('primary.outcome', outcome);
  if (!(HIERARCHY_TIMEPOINTS as readonly string[]).includes(timepoint)) {
    throw new DomainError('invalid', 'analysis_settings.invalid_timepoint', { field: 'primary.timepoint', timepoint, choices: HIERARCHY_TIMEPOINTS.join(', ') });
  }
  if (input.keySecondary.length > MAX_KEY_SECONDARY) {
    throw new DomainError('invalid', 'analysis_settings.too_many_secondaries', { field: 'keySecondary', count: input.keySecondary.length, max: MAX_KEY_SECONDARY });
  }
  input.keySecondary.forEach((secondary, i) => {
    const field = `keySecondary[${i}]`;
    known(field, secondary);
    if (secondary === outcome) throw new DomainError('invalid', 'analysis_settings.primary_as_secondary', { field, outcome: secondary });
    if (input.keySecondary.indexOf(secondary) < i) throw new DomainError('invalid', 'analysis_settings.duplicate_secondary', { field, outcome: secondary });
  });
  return { primary: { outcome, timepoint: timepoint as HierarchyTimepoint }, keySecondary: [...input.keySecondary] };
}
