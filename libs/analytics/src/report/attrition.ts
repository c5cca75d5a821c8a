import type { DuckDBConnection } from '@duckdb/node-api';
import { queryFile } from '../engine/query';
import type { ArmName } from './report-types';

export interface AttritionRow {
  arm: ArmName;
  timepoint: string;
  allocated: number;
  measured: number;
  /** Complete pairs of the primary outcome (m9, m18 only). */
  analysed: number | null;
  primary_outcome: string;
}

/** CONSORT-style flow per arm and timepoint: allocated, measured, analysed on the primary outcome. */
export async function attritionSection(connection: DuckDBConnection, primaryOutcome: string): Promise<AttritionRow[]> {
  const rows = await queryFile<Omit<AttritionRow, 'primary_outcome'>>(connection, 'attrition', { primary_outcome: primaryOutcome });
  return rows.map((r) => ({ ...r, primary_outcome: primaryOutcome }));
}
