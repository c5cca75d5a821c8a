import type { DuckDBConnection } from '@duckdb/node-api';
import { queryFile } from '../engine/query';
import type { ArmName } from './report-types';

/** A score's spread in one arm at one timepoint: the box (quartiles, median) and whiskers at the 10th and 90th percentiles. */
export interface DistributionRow {
  outcome: string;
  arm: ArmName;
  timepoint: string;
  n: number;
  p10: number;
  q1: number;
  median: number;
  q3: number;
  p90: number;
}

/** Quantiles as R's quantile(type = 7) (analysis/distributions.sql). */
export function distributionsSection(connection: DuckDBConnection): Promise<DistributionRow[]> {
  return queryFile<DistributionRow>(connection, 'distributions');
}
