import type { DuckDBConnection } from '@duckdb/node-api';
import { queryFile } from '../engine/query';
import type { ArmName } from './report-types';

/** Courses not measured at a timepoint that share an end reason (`not_ended`: no ending recorded). */
export interface LostReason {
  reason: string;
  courses: number;
}

export interface AttritionRow {
  arm: ArmName;
  timepoint: string;
  allocated: number;
  measured: number;
  /** Complete pairs of the primary outcome (m9, m18 only). */
  analysed: number | null;
  primary_outcome: string;
  /** allocated − measured, by end_reason; the counts add up to it. */
  not_measured_by_reason: LostReason[];
}

/** CONSORT-style flow per arm and timepoint: allocated, measured, analysed on the primary outcome, and who was lost and why. */
export async function attritionSection(connection: DuckDBConnection, primaryOutcome: string): Promise<AttritionRow[]> {
  const rows = await queryFile<Omit<AttritionRow, 'primary_outcome' | 'not_measured_by_reason'>>(connection, 'attrition', { primary_outcome: primaryOutcome });
  const reasons = await queryFile<LostReason & { arm: ArmName; timepoint: string }>(connection, 'attrition_reasons');
  return rows.map((r) => ({
    ...r,
    primary_outcome: primaryOutcome,
    not_measured_by_reason: reasons.filter((x) => x.arm === r.arm && x.timepoint === r.timepoint).map(({ reason, courses }) => ({ reason, courses })),
  }));
}
