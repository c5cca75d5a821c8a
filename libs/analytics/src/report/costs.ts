import type { DuckDBConnection } from '@duckdb/node-api';
import { queryFile } from '../engine/query';
import { welchTTest } from '../statistics/t-test';
import { groupBy } from './keys';
import type { ArmName, CostRow } from './report-types';

interface CostSummaryRow {
  horizon_months: number;
  arm: ArmName;
  n: number;
  mean_cost: number;
  sd_cost: number | null;
}

interface CategoryRow {
  horizon_months: number;
  arm: ArmName;
  category: string;
  mean_cost: number;
}

/** costs[]: per horizon, mean cost per course by arm and category, and the Welch interval of the CTI − control difference. */
export async function costsSection(connection: DuckDBConnection): Promise<CostRow[]> {
  const summaries = groupBy(await queryFile<CostSummaryRow>(connection, 'cost_summary'), (r) => String(r.horizon_months));
  const categories = await queryFile<CategoryRow>(connection, 'cost_by_category');
  return [...summaries.values()].flatMap((rows) => {
    const cti = rows.find((r) => r.arm === 'cti');
    const control = rows.find((r) => r.arm === 'control');
    if (!cti || !control) return [];
    const horizon = cti.horizon_months;
    const byCategory = (arm: ArmName) =>
      Object.fromEntries(categories.filter((c) => c.horizon_months === horizon && c.arm === arm).map((c) => [c.category, c.mean_cost]));
    const welch = welchTTest({ n: cti.n, mean: cti.mean_cost, sd: cti.sd_cost ?? NaN }, { n: control.n, mean: control.mean_cost, sd: control.sd_cost ?? NaN });
    return [
      {
        horizon_months: horizon,
        mean_cost: { cti: cti.mean_cost, control: control.mean_cost },
        sd_cost: { cti: cti.sd_cost, control: control.sd_cost },
        n: { cti: cti.n, control: control.n },
        mean_cost_by_category: { cti: byCategory('cti'), control: byCategory('control') },
        diff: cti.mean_cost - control.mean_cost,
        welch_ci: welch.ci,
      },
    ];
  });
}
