import type { DuckDBConnection } from '@duckdb/node-api';
import { queryFile } from '../engine/query';
import type { ArmName } from './report-types';

export interface LadderRow {
  dimension: string;
  arm: ArmName;
  timepoint: string;
  stage: 'stuck' | 'accepting_help' | 'believing' | 'learning' | 'self_reliance';
  citizens: number;
  /** Citizens with a reading of this dimension at this arm × timepoint. */
  n: number;
  share: number;
}

/** Recovery Star ladder of change: stage shares per dimension, arm and timepoint (stages without citizens omitted). */
export function recoveryStarLadderSection(connection: DuckDBConnection): Promise<LadderRow[]> {
  return queryFile<LadderRow>(connection, 'recovery_star_ladder');
}
