import type { DataSource } from 'typeorm';
import type { ViewGrid } from '../disclosure/disclosure-pattern';

/** The municipalities and target groups present in an evaluation: the views a caller can choose. */
export async function gridOfEvaluation(dataSource: DataSource, evaluationId: number): Promise<ViewGrid> {
  const rows = (await dataSource.query(
    'SELECT DISTINCT municipality_code, target_group FROM course WHERE evaluation_id = $1', [evaluationId],
  )) as { municipality_code: number; target_group: string | null }[];
  return {
    municipalities: [...new Set(rows.map((r) => Number(r.municipality_code)))].sort((a, b) => a - b),
    targetGroups: [...new Set(rows.flatMap((r) => (r.target_group ? [r.target_group] : [])))].sort(),
  };
}
