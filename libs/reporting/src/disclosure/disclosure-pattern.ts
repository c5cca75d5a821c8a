import type { ArmName, CohortReport, ReportCells } from '@cti/analytics';
import { hide } from './hide';
import { jointSuppression, type CellStatus, type SuppressionCell } from './joint-suppression';
import type { Relation } from './linear-exposure';
import { ladderPartitions, viewFigures } from './report-cells';
import { suppressDistributions } from './suppress-distributions';
import { suppressLostReasons } from './suppress-lost-reasons';
import { suppressCells, suppressSmallCells, type PublishedReport } from './suppress-report';
import { gridSums, gridViews, viewKey, type View } from './view-grid';
import { BETWEEN_ARM_FIGURES } from './suppress-analyses';
import { DERIVABLE, fewerThan, isWithheld } from './withheld';

const ARMS: readonly ArmName[] = ['cti', 'control'];

/** The grid a pattern covers: the municipalities and target groups present in the data. */
export interface ViewGrid {
  municipalities: number[];
  targetGroups: string[];
}

/** One suppression pattern over every view of a data version: per view key, the withheld figures and why. */
export interface DisclosurePattern {
  k: number;
  grid: ViewGrid;
  views: Record<string, Record<string, CellStatus>>;
  counts: { cells: number; primary: number; secondary: number; relations: number };
}

/** The cells of the views asked for, in their order. */
export type ViewsCells = (views: readonly View[]) => Promise<readonly ReportCells[]>;

/** ViewsCells of a function of one view, called for each in turn. */
export function viewByView(cellsOf: (view: View) => Promise<ReportCells>): ViewsCells {
  return async (views) => {
    const out: ReportCells[] = [];
    for (const view of views) out.push(await cellsOf(view));
    return out;
  };
}

/**
 * The joint pattern: each view's own rule gives the primary cells (fewer than k citizens, and the partitions within a
 * view); complementary cells are then chosen over the whole grid so that no withheld cell follows from published
 * ones through the sums between views or within them. `cellsOf` gives the views' cells, in the order asked for: the
 * sections of each view's unsuppressed report (without bootstrap) that hold them, or the whole reports, which give the
 * same pattern (`viewByView` makes it of a function of one view).
 */
export async function computeDisclosurePattern(
  grid: ViewGrid, cellsOf: ViewsCells, k: number, inherited?: DisclosurePattern,
): Promise<DisclosurePattern> {
  const cells: SuppressionCell[] = [];
  const cellIds: { view: string; key: string }[] = [];
  const index = new Map<string, number>();
  const id = (view: View, key: string) => index.get(`${viewKey(view)}#${key}`);
  const relations: Relation[] = [];
  const sumRelation = (total: number | undefined, parts: (number | undefined)[]) => {
    const present = parts.filter((p): p is number => p !== undefined);
    // a lone cell would say it is zero: the other side is a figure not computed for that view (e.g. no cost row), not a sum
    if ((total === undefined ? 0 : 1) + present.length < 2) return;
    // a figure missing from a view rests on no citizens there: a known zero, so it drops out of the equation
    relations.push({ cells: [...(total === undefined ? [] : [total]), ...present], coefficients: [...(total === undefined ? [] : [1]), ...present.map(() => -1)] });
  };
  const keysOf = new Map<string, Set<string>>();
  const reports = new Map<string, ReportCells>();
  const gridOrder = gridViews(grid.municipalities, grid.targetGroups);
  const cellsOfViews = await cellsOf(gridOrder);
  for (const [i, view] of gridOrder.entries()) {
    const report = cellsOfViews[i];
    reports.set(viewKey(view), report);
    const figures = viewFigures(report, suppressCells(report, k));
    keysOf.set(viewKey(view), new Set(figures.map((f) => f.key)));
    for (const f of figures) {
      index.set(`${viewKey(view)}#${f.key}`, cells.length);
      cellIds.push({ view: viewKey(view), key: f.key });
      // under other options (baseline rule, cost-effectiveness choices) a figure withheld by the default pattern stays
      // withheld, so comparing two option sets publishes nothing that either withholds
      cells.push({ n: f.n, primary: f.withheldInView || (f.n > 0 && f.n < k) || inherited?.views[viewKey(view)]?.[f.key] !== undefined });
    }
    for (const p of ladderPartitions(report)) sumRelation(id(view, p.total), p.parts.map((key) => id(view, key)));
  }
  // a municipality's row of the cost comparison is that municipality's own cost figure
  for (const [key, report] of reports) {
    const view = viewFromKey(key);
    for (const r of report.municipality_costs) {
      const own = { municipalityCode: r.municipality_code, targetGroup: view.targetGroup };
      for (const arm of ['cti', 'control'] as ArmName[]) {
        const row = id(view, `municipality_costs/${r.municipality_code}/${r.horizon_months}/${arm}`);
        if (row !== undefined) sumRelation(row, [id(own, `costs/${r.horizon_months}/${arm}`)]);
      }
    }
  }
  for (const sum of gridSums(grid.municipalities, grid.targetGroups)) {
    const keys = new Set([sum.total, ...sum.parts].flatMap((v) => [...(keysOf.get(viewKey(v)) ?? [])]));
    for (const key of keys) {
      if (key.startsWith('municipality_costs/')) continue; // equal to the municipalities' own cost figures, related above
      sumRelation(id(sum.total, key), sum.parts.map((v) => id(v, key)));
    }
  }
  const status = jointSuppression(cells, relations, k);
  const views: DisclosurePattern['views'] = {};
  for (const [cell, s] of status) (views[cellIds[cell].view] ??= {})[cellIds[cell].key] = inherited?.views[cellIds[cell].view]?.[cellIds[cell].key] ?? s;
  const secondary = [...status.values()].filter((s) => s === 'secondary').length;
  return { k, grid, views, counts: { cells: cells.length, primary: status.size - secondary, secondary, relations: relations.length } };
}

function viewFromKey(key: string): View {
  const [m, tg] = key.split('|');
  return { municipalityCode: m === 'national' ? undefined : Number(m), targetGroup: tg === 'all' ? undefined : tg };
}

/**
 * The view's slice of the pattern, applied to its report: the view's own rule first, then every figure the joint
 * pattern withholds, and the figures computed from those (a difference between arms, the cost-effectiveness ratio).
 */
export function publishSlice(report: CohortReport, pattern: DisclosurePattern, view: View): PublishedReport {
  const published = suppressSmallCells(report, pattern.k);
  const slice = pattern.views[viewKey(view)] ?? {};
  const national = pattern.views[viewKey({ targetGroup: view.targetGroup })] ?? {};
  for (const f of viewFigures(report, published)) {
    const s = slice[f.key];
    if (s && !f.withheldInView) f.withhold(published, s === 'primary' ? fewerThan(pattern.k) : DERIVABLE);
  }
  // a comparison (and every model between the arms at that visit) rests on the two arms' changes: it goes with
  // either, and so do the arm's counts it repeats
  const withheldArms = (r: { outcome?: string; timepoint?: string }) => ARMS.filter((arm) => slice[`change/${r.outcome}/${arm}/${r.timepoint}`]);
  const tie = (rows: unknown, source: readonly { outcome?: string; timepoint?: string; arm?: ArmName }[], figures: readonly string[]) => {
    if (!Array.isArray(rows)) return;
    source.forEach((r, i) => {
      const row = rows[i] as Record<string, unknown>;
      const arms = withheldArms(r).filter((arm) => !r.arm || arm === r.arm);
      if (isWithheld(row) || arms.length === 0) return;
      hide(row, figures.filter((f) => f in row && !isWithheld(row[f])), DERIVABLE);
      hide(row, [...arms.map((arm) => `n_${arm}`), 'n', 'n_observations'].filter((f) => typeof row[f] === 'number'), DERIVABLE);
    });
  };
  tie(published.comparison, report.comparison, ['diff_in_change', 'welch_ci', 'welch_t', 'welch_df', 'welch_p', 'hedges_g', 'ancova_estimate', 'ancova_se', 'ancova_ci', 'ancova_p', 'p_holm']);
  tie(published.mmrm, report.mmrm, BETWEEN_ARM_FIGURES);
  tie(published.sensitivity, report.sensitivity, BETWEEN_ARM_FIGURES);
  const effects = published.effect_sizes;
  if (!isWithheld(effects)) {
    tie(effects.between_arms, report.effect_sizes.between_arms, BETWEEN_ARM_FIGURES);
    tie(effects.within_arm, report.effect_sizes.within_arm, ['cohen_dz', 'se', 'ci']);
  }
  tie(published.unavailable, report.unavailable.map((gap) => (gap.section === 'comparison' ? gap : {})), []);
  const ce = published.cost_effectiveness;
  const rests = (arm: string) => report.cost_effectiveness && [`costs/${report.cost_effectiveness.horizon_months}/${arm}`, `change/${report.cost_effectiveness.outcome}/${arm}/${report.cost_effectiveness.timepoint}`];
  if (ce && !isWithheld(ce) && ['cti', 'control'].some((arm) => (rests(arm) ?? []).some((key) => slice[key]))) {
    hide(ce, ['delta_cost', 'delta_effect', 'icer', 'quadrant', 'interpretation', 'bootstrap'], DERIVABLE);
  }
  // the national column of the cost comparison is the national cost figure: withheld where that is
  const rows = published.municipality_costs;
  if (Array.isArray(rows)) {
    report.municipality_costs.forEach((r, i) => {
      const row = rows[i] as unknown as { national: Record<string, object | null> };
      if (isWithheld(row) || isWithheld(row.national)) return;
      for (const arm of ['cti', 'control'] as ArmName[]) {
        const key = `costs/${r.horizon_months}/${arm}`;
        const cost = row.national[arm];
        if (cost && !isWithheld(cost) && (national[key] || slice[key])) hide(cost, ['n', 'mean_cost', 'sd_cost'], DERIVABLE);
      }
    });
  }
  // the lost-by-reason counts and the box-plot quantiles go with the CONSORT counts and descriptives the pattern withheld
  suppressLostReasons(published, pattern.k);
  suppressDistributions(published, pattern.k);
  return published;
}
