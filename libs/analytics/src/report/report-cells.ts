import type { DuckDBConnection } from '@duckdb/node-api';
import { attritionSection } from './attrition';
import { changeSection } from './change';
import { PRIMARY_OUTCOME, type CohortReport } from './cohort-report';
import { costsInScope } from './costs-in-scope';
import { descriptivesSection } from './descriptives';
import { interimDescriptives } from './evaluation-additions';
import { armsInScope, pairGaps } from './gaps';
import { municipalityCostsSection } from './municipality-costs';
import { recoveryStarLadderSection } from './recovery-star-ladder';

/**
 * The sections of a report whose figures are counts of citizens (with the means and sums over them) per arm,
 * timepoint, horizon or stage: the cells a disclosure pattern is computed over. Models, tests and the other sections
 * rest on these citizens too but add no cell of their own.
 */
export type ReportCells = Pick<CohortReport,
  'descriptives' | 'descriptives_interim' | 'change' | 'costs' | 'municipality_costs' | 'recovery_star_ladder' | 'attrition' | 'unavailable'>;

/**
 * Those sections only, each as the whole report computes it; `unavailable` holds only the gaps that are cells (a
 * change of too few pairs, costs without cost lines), and costs have no bootstrap interval (a difference is no cell).
 * Not a report: nothing here is ever published as it is.
 */
export async function buildReportCells(connection: DuckDBConnection): Promise<ReportCells> {
  const change = await changeSection(connection);
  const arms = await armsInScope(connection);
  const costs = await costsInScope(connection, arms, { iterations: 0, seed: 0 });
  // without comparisons every comparison counts as a gap: those are not cells, and are left out
  const changeGaps = (await pairGaps(connection, arms, change, [])).filter((gap) => gap.section === 'change');
  return {
    descriptives: await descriptivesSection(connection),
    descriptives_interim: await interimDescriptives(connection),
    change,
    costs: costs.rows,
    municipality_costs: costs.reason ? [] : await municipalityCostsSection(connection),
    recovery_star_ladder: await recoveryStarLadderSection(connection),
    attrition: await attritionSection(connection, PRIMARY_OUTCOME),
    unavailable: [...changeGaps, ...costs.gaps],
  };
}
