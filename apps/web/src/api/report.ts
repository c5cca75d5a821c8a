// The report's JSON as the API publishes it: the engine's types (libs/analytics), with any figure possibly withheld.
import type { CohortReport } from '../../../../libs/analytics/src/report/cohort-report';

export type { CohortReport };
export interface Withheld {
  suppressed: true;
  reason: string;
}
/** The report after disclosure control: metadata gains the k used. */
export type PublishedReport = CohortReport & { metadata: CohortReport['metadata'] & { suppression?: { k: number } } };

export const isWithheld = (value: unknown): value is Withheld =>
  typeof value === 'object' && value !== null && (value as Withheld).suppressed === true;

/** A published figure as a number; null when withheld or missing. */
export const figure = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/** A published list; empty when the whole list is withheld. */
export const listOf = <T>(value: readonly T[] | unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);
