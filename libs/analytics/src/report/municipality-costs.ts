import type { DuckDBConnection } from '@duckdb/node-api';
import { queryFile } from '../engine/query';
import { groupBy } from './keys';
import type { ArmName, PerArm } from './report-types';

interface MunicipalityCostRow {
  municipality_code: number | null;
  horizon_months: number;
  arm: ArmName;
  n: number;
  mean_cost: number;
  sd_cost: number | null;
}

export interface ArmCost {
  n: number;
  mean_cost: number;
  sd_cost: number | null;
}

export interface MunicipalityCostComparison {
  municipality_code: number;
  horizon_months: number;
  /** Mean cost per citizen: CTI, and control (§ 85 support); null for an arm the municipality has no courses in. */
  municipality: PerArm<ArmCost | null>;
  national: PerArm<ArmCost | null>;
  /** CTI − control mean cost in the municipality (null unless both arms have courses). */
  diff: number | null;
}

/** Each municipality's CTI vs § 85 mean cost per citizen at each horizon, beside the national figure. */
export async function municipalityCostsSection(connection: DuckDBConnection): Promise<MunicipalityCostComparison[]> {
  const rows = await queryFile<MunicipalityCostRow>(connection, 'municipality_costs');
  const perArm = (group: MunicipalityCostRow[]): PerArm<ArmCost | null> => ({ cti: armCost(group, 'cti'), control: armCost(group, 'control') });
  const national = new Map([...groupBy(rows.filter((r) => r.municipality_code === null), (r) => String(r.horizon_months))].map(([h, g]) => [h, perArm(g)]));
  const local = groupBy(
    rows.filter((r) => r.municipality_code !== null),
    (r) => `${r.municipality_code}/${r.horizon_months}`,
  );
  return [...local.values()].map((group) => {
    const municipality = perArm(group);
    return {
      municipality_code: group[0].municipality_code!,
      horizon_months: group[0].horizon_months,
      municipality,
      national: national.get(String(group[0].horizon_months)) ?? { cti: null, control: null },
      diff: municipality.cti && municipality.control ? municipality.cti.mean_cost - municipality.control.mean_cost : null,
    };
  });
}

function armCost(group: MunicipalityCostRow[], arm: ArmName): ArmCost | null {
  const row = group.find((r) => r.arm === arm);
  return row ? { n: row.n, mean_cost: row.mean_cost, sd_cost: row.sd_cost } : null;
}
