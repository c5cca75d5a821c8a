import type { CohortReport, ReportCells } from '@cti/analytics';
import { restsOnFew, smallCount } from './cells';
import { hide, hideIfFew } from './hide';
import { fewerThan, type Withheld } from './withheld';

const NOT_YET_COVERED: Withheld = { suppressed: true, reason: 'counts per level and arm are not yet under disclosure control' };

// The evaluation's further analyses: each rests on the citizens of its row (n, or n_cti and n_control).

/** Model and test figures of a between-arm row, withheld when either arm rests on fewer than k citizens. */
export const BETWEEN_ARM_FIGURES = ['estimate', 'se', 'ci', 't', 'df', 'p', 'residual_sd', 'residual_correlation', 'hedges_g'] as const;

function hideBetweenArms(row: object, k: number): void {
  const r = row as Record<string, unknown>;
  const counts = ['n_cti', 'n_control'].map((key) => r[key]).filter((n): n is number => typeof n === 'number');
  if (!counts.some((n) => restsOnFew(n, k))) return;
  hide(r, BETWEEN_ARM_FIGURES.filter((key) => key in r), fewerThan(k));
  hide(r, ['n_cti', 'n_control', 'n', 'n_observations'].filter((key) => typeof r[key] === 'number' && smallCount(r[key] as number, k)), fewerThan(k));
}

export function suppressInterimDescriptives(out: ReportCells, k: number): void {
  for (const row of out.descriptives_interim) hideIfFew(row, 'n', row.n, ['mean', 'sd'], k);
}

export function suppressMmrm(out: CohortReport, k: number): void {
  for (const row of out.mmrm) hideBetweenArms(row, k);
}

export function suppressSensitivity(out: CohortReport, k: number): void {
  for (const row of out.sensitivity) hideBetweenArms(row, k);
}

export function suppressEffectSizes(out: CohortReport, k: number): void {
  for (const row of out.effect_sizes.between_arms) hideBetweenArms(row, k);
  for (const row of out.effect_sizes.within_arm) hideIfFew(row, 'n', row.n, ['cohen_dz', 'se', 'ci'], k);
}

/**
 * A figure the report could not compute says why and on how many citizens it would have rested; a small count is
 * withheld there as anywhere, and the reason says "fewer than k" for every small number it names.
 */
export function suppressUnavailable(out: ReportCells, k: number): void {
  for (const gap of out.unavailable) {
    const small = (['n', 'n_cti', 'n_control'] as const).filter((key) => typeof gap[key] === 'number' && smallCount(gap[key]!, k));
    hide(gap, small, fewerThan(k));
    gap.reason = gap.reason.replace(/ \((\d+)\)/g, (count, n: string) => (smallCount(Number(n), k) ? ` (fewer than ${k})` : count));
  }
}

/** A section whose counts the joint pattern does not cover yet is not published to suppressing scopes at all. */
export const withholdWhole = (section: 'table_one' | 'responders') => (out: CohortReport): void => {
  (out as unknown as Record<string, unknown>)[section] = NOT_YET_COVERED;
};

/** The hierarchy names outcomes and timepoints, and warnings name instruments, arms and bootstrap replicates: no citizens. */
export function publishAsIs(): void {}
