import type { DuckDBConnection } from '@duckdb/node-api';
import { withCostBootstrap } from './cost-bootstrap';
import { costsSection } from './costs';
import { missingCostsReason, type ArmsInScope, type UnavailableFigure } from './gaps';
import type { CostRow } from './report-types';

/** The horizons (months) a cost figure is given for. */
const COST_HORIZONS = [9, 21];

/**
 * The costs per horizon, or, without cost lines for an arm, none: absent costs are not zero costs, so each horizon is
 * then a gap with the reason and the courses it would have rested on.
 */
export async function costsInScope(
  connection: DuckDBConnection, arms: ArmsInScope, bootstrap: { iterations: number; seed: number },
): Promise<{ reason: string | null; rows: CostRow[]; gaps: UnavailableFigure[] }> {
  const reason = missingCostsReason(arms);
  if (reason) {
    const gaps = COST_HORIZONS.map((h) => ({ section: 'costs', horizon_months: h, value: null, reason, n_cti: arms.courses.cti, n_control: arms.courses.control }));
    return { reason, rows: [], gaps };
  }
  return { reason: null, rows: await withCostBootstrap(connection, await costsSection(connection), bootstrap), gaps: [] };
}
