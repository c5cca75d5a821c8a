import { holmAdjust } from '../statistics/holm';
import type { OutcomeHierarchy } from '@cti/domain';
import type { ComparisonRow } from './report-types';

export type OutcomeRole = 'primary' | 'key_secondary' | 'exploratory';

/** The hierarchy is an evaluation setting (libs/domain analysis-settings.ts), stored with the evaluation. */
export type { OutcomeHierarchy };

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
