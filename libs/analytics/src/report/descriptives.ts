import type { DuckDBConnection } from '@duckdb/node-api';
import { queryFile } from '../engine/query';
import type { DescriptiveRow } from './report-types';

export function descriptivesSection(connection: DuckDBConnection): Promise<DescriptiveRow[]> {
  return queryFile<DescriptiveRow>(connection, 'descriptives');
}
