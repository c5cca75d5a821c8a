import { holmAdjust } from '../statistics/holm';
import type { ComparisonRow } from './report-types';

export type OutcomeRole = 'primary' | 'key_secondary' | 'exploratory';

/** The evaluation's declared outcomes: one primary outcome and timepoint, and key secondary outcomes at that timepoint. */
export interface OutcomeHierarchy {
  primary: { outcome: string; timepoint: 'm9' | 'm18' };
  keySecondary: string[];
}

/** The defaults of the Danish CTI evaluation: WEMWBS at nine months; SDS total and the Recovery Star mean. */
export const DEFAULT_OUTCOME_HIERARCHY: OutcomeHierarchy = {
  primary: { outcome: 'wemwbs_total', timepoint: 'm9' },
  keySecondary: ['sds_total', 'rs_mean'],
};

export interface RoledComparison {
  role: OutcomeRole;
  /** Holm-adjusted ANCOVA p over the primary + key secondary family (R p.adjust "holm"); null for exploratory rows. */
  p_holm: number | null;
  /** The number of comparisons in the Holm family (those the report could compute). */
  holm_family_size: number | null;
}

export function roleOf(hierarchy: OutcomeHierarchy, outcome: string, timepoint: string): OutcomeRole {
  if (timepoint !== hierarchy.primary.timepoint) return 'exploratory';
  if (outcome === hierarchy.primary.outcome) return 'primary';
  return hierarchy.keySecondary.includes(outcome) ? 'key_secondary' : 'exploratory';
}

/** Each comparison row with its role; Holm over the confirmatory family (Holm 1979, Scand J Statist 6:65–70). */
export function withOutcomeRoles<T extends ComparisonRow>(rows: readonly T[], hierarchy: OutcomeHierarchy): (T & RoledComparison)[] {
  const roles = rows.map((r) => roleOf(hierarchy, r.outcome, r.timepoint));
  const family = rows.flatMap((r, i) => (roles[i] === 'exploratory' ? [] : [i]));
  const adjusted = holmAdjust(family.map((i) => rows[i].ancova_p));
  const holmByRow = new Map(family.map((rowIndex, k) => [rowIndex, adjusted[k]]));
  return rows.map((row, i) => ({
    ...row,
    role: roles[i],
    p_holm: holmByRow.get(i) ?? null,
    holm_family_size: roles[i] === 'exploratory' ? null : family.length,
  }));
}
