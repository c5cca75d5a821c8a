import { groupBy, type ArmName, type CohortReport, type MunicipalityCostComparison, type ReportCells } from '@cti/analytics';
import { restsOnFew, suppressPartition } from './cells';
import { hide, hideIfFew } from './hide';
import { fewerThan, isWithheld, type Withheld } from './withheld';

const ARMS: readonly ArmName[] = ['cti', 'control'];

// Cost sections. A mean cost per citizen rests on the arm's n; the municipalities' n add up to the national n, so a
// withheld municipality could be worked out from the national figure and the others (secondary suppression).

/** Costs per horizon and the municipalities' cost comparison: cells of the disclosure pattern. */
export function suppressCostCells(out: ReportCells, k: number): void {
  for (const row of out.costs) {
    const hiddenArms = ARMS.filter((arm) => restsOnFew(row.n[arm], k));
    for (const arm of hiddenArms) {
      hide(row.mean_cost, [arm], fewerThan(k));
      hide(row.sd_cost, [arm], fewerThan(k));
      // the categories add up to the arm's mean: they go with it, never one alone
      hide(row.mean_cost_by_category, [arm], fewerThan(k));
      hideIfFew(row.n, arm, row.n[arm], [], k);
    }
    // the difference between the arms, and its intervals (Welch and bootstrap), rest on both
    if (hiddenArms.length > 0) hide(row, ['diff', 'welch_ci', 'bootstrap_ci'].filter((f) => f in row), fewerThan(k));
  }
  suppressMunicipalityCosts(out.municipality_costs, k);
}

/** The cost-effectiveness ratio rests on both arms' costs and effects. */
export function suppressCostEffectiveness(out: CohortReport, k: number): void {
  const ce = out.cost_effectiveness;
  if (ce && ARMS.some((arm) => restsOnFew(ce.n.cost[arm], k) || restsOnFew(ce.n.effect[arm], k))) {
    hide(ce, ['delta_cost', 'delta_effect', 'icer', 'quadrant', 'interpretation', 'bootstrap'], fewerThan(k));
  }
}

function suppressMunicipalityCosts(rows: MunicipalityCostComparison[], k: number): void {
  for (const group of groupBy(rows, (r) => String(r.horizon_months)).values()) {
    for (const arm of ARMS) {
      const national = group[0].national[arm];
      if (national && restsOnFew(national.n, k)) for (const row of group) hideIfFew(row.national[arm]!, 'n', national.n, ['mean_cost', 'sd_cost'], k);
      const cells = group.flatMap((row) => {
        const cost = row.municipality[arm];
        return cost ? [{ count: cost.n, withhold: (marker: Withheld) => hide(cost, ['n', 'mean_cost', 'sd_cost'], marker) }] : [];
      });
      suppressPartition(cells, k);
    }
  }
  for (const row of rows) {
    if (ARMS.some((arm) => isWithheld(row.municipality[arm]?.mean_cost))) hide(row, ['diff'], fewerThan(k));
  }
}
