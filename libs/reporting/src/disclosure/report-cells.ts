import type { ArmName, ReportCells } from '@cti/analytics';
import { hide } from './hide';
import type { PublishedCells } from './suppress-report';
import { isWithheld, type Withheld } from './withheld';

const ARMS: readonly ArmName[] = ['cti', 'control'];

/**
 * A figure of one view that the joint pattern covers: its key (equal across views for the same figure), the citizens it
 * rests on, whether the view's own rule withholds it, and how to withhold it in the view's published report. Every
 * additive quantity behind it (n, n·mean, sums of squares, cost sums) is withheld with it.
 */
export interface ViewFigure {
  key: string;
  n: number;
  withheldInView: boolean;
  withhold(published: PublishedCells, marker: Withheld): void;
}

type Rows = Record<string, unknown>[];
const rowsOf = (published: PublishedCells, section: keyof PublishedCells): Rows | null => {
  const rows = published[section];
  return Array.isArray(rows) ? (rows as Rows) : null;
};

/**
 * The figures of a view, found by key in its unsuppressed cells (or whole report); `published` is the view after its
 * own rule (or its whole published report, where `withhold` then applies the pattern).
 */
export function viewFigures(report: ReportCells, published: PublishedCells): ViewFigure[] {
  const figures: ViewFigure[] = [];
  const row = (section: 'descriptives' | 'descriptives_interim' | 'change', i: number, fields: string[]) => (p: PublishedCells, m: Withheld) => {
    const r = rowsOf(p, section)?.[i];
    if (r && !isWithheld(r)) hide(r, fields, m);
  };
  const means = ['n', 'mean', 'sd'];
  const outcomeFields = { descriptives: means, descriptives_interim: means, change: ['n', 'mean_change', 'sd_change', 'ci', 't', 'df', 'p_ttest', 'p_wilcoxon', 'cohen_dz'] };
  for (const section of ['descriptives', 'descriptives_interim', 'change'] as const) {
    report[section].forEach((r, i) => {
      const out = rowsOf(published, section)?.[i];
      figures.push({
        key: `${section}/${r.outcome}/${r.arm}/${r.timepoint}`, n: r.n,
        withheldInView: !out || isWithheld(out) || isWithheld(out[section === 'change' ? 'mean_change' : 'mean']),
        withhold: row(section, i, outcomeFields[section]),
      });
    });
  }
  // a change the report could not compute (fewer than 3 pairs) is still a cell: its citizens are counted in the
  // totals, so it is one more unknown there, never a zero
  // (and so is an arm's cost where the other arm has no courses in the view)
  report.unavailable.forEach((gap, i) => {
    const cells: { key: string; n: number | undefined; field: string }[]
      = gap.section === 'change' && gap.arm ? [{ key: `change/${gap.outcome}/${gap.arm}/${gap.timepoint}`, n: gap.n, field: 'n' }]
        : gap.section === 'costs' ? ARMS.map((arm) => ({ key: `costs/${gap.horizon_months}/${arm}`, n: gap[`n_${arm}`], field: `n_${arm}` }))
          : [];
    for (const cell of cells) {
      if (cell.n === undefined) continue;
      figures.push({
        key: cell.key, n: cell.n, withheldInView: cell.n > 0,
        withhold: (p, m) => {
          const g = rowsOf(p, 'unavailable')?.[i];
          if (g && !isWithheld(g[cell.field])) hide(g, [cell.field], m);
        },
      });
    }
  });
  report.costs.forEach((r, i) => {
    for (const arm of ARMS) {
      const out = rowsOf(published, 'costs')?.[i] as Record<string, Record<string, unknown>> | undefined;
      figures.push({
        key: `costs/${r.horizon_months}/${arm}`, n: r.n[arm],
        withheldInView: !out || isWithheld(out) || isWithheld(out.mean_cost) || isWithheld(out.mean_cost[arm]),
        withhold: (p, m) => {
          const o = rowsOf(p, 'costs')?.[i] as Record<string, object> | undefined;
          if (!o || isWithheld(o)) return;
          for (const field of ['mean_cost', 'sd_cost', 'mean_cost_by_category', 'n']) if (!isWithheld(o[field])) hide(o[field], [arm], m);
          hide(o, ['diff', 'welch_ci', 'bootstrap_ci'].filter((f) => f in o), m);
        },
      });
    }
  });
  report.municipality_costs.forEach((r, i) => {
    for (const arm of ARMS) {
      const cost = r.municipality[arm];
      if (!cost) continue;
      const cellOf = (p: PublishedCells) => {
        const o = rowsOf(p, 'municipality_costs')?.[i] as { municipality: Record<string, Record<string, unknown>> } | undefined;
        return o && !isWithheld(o) && !isWithheld(o.municipality) ? o : undefined;
      };
      const out = cellOf(published)?.municipality[arm];
      figures.push({
        key: `municipality_costs/${r.municipality_code}/${r.horizon_months}/${arm}`, n: cost.n,
        withheldInView: !out || isWithheld(out) || isWithheld(out.mean_cost),
        withhold: (p, m) => {
          const o = cellOf(p);
          if (!o) return;
          if (!isWithheld(o.municipality[arm])) hide(o.municipality[arm], ['n', 'mean_cost', 'sd_cost'], m);
          hide(o, ['diff'], m);
        },
      });
    }
  });
  report.recovery_star_ladder.forEach((r, i) => {
    const out = rowsOf(published, 'recovery_star_ladder')?.[i];
    figures.push({
      key: `ladder/${r.dimension}/${r.arm}/${r.timepoint}/${r.stage}`, n: r.citizens,
      withheldInView: !out || isWithheld(out) || isWithheld(out.citizens),
      withhold: (p, m) => {
        const o = rowsOf(p, 'recovery_star_ladder')?.[i];
        if (o && !isWithheld(o)) hide(o, ['citizens', 'share'], m);
      },
    });
  });
  const groupN = new Map<string, number[]>();
  report.recovery_star_ladder.forEach((r, i) => {
    const group = `ladder/${r.dimension}/${r.arm}/${r.timepoint}`;
    if (!groupN.has(group)) groupN.set(group, []);
    groupN.get(group)!.push(i);
  });
  for (const [group, indices] of groupN) {
    const first = rowsOf(published, 'recovery_star_ladder')?.[indices[0]];
    figures.push({
      key: `${group}/n`, n: report.recovery_star_ladder[indices[0]].n,
      withheldInView: !first || isWithheld(first) || isWithheld(first.n),
      withhold: (p, m) => {
        for (const i of indices) {
          const o = rowsOf(p, 'recovery_star_ladder')?.[i];
          if (o && !isWithheld(o)) hide(o, ['n', 'share'], m);
        }
      },
    });
  }
  report.attrition.forEach((r, i) => {
    for (const field of ['allocated', 'measured', 'analysed'] as const) {
      const n = r[field];
      if (n === null) continue;
      const out = rowsOf(published, 'attrition')?.[i];
      figures.push({
        key: `attrition/${r.arm}/${r.timepoint}/${field}`, n,
        withheldInView: !out || isWithheld(out) || isWithheld(out[field]),
        withhold: (p, m) => {
          const o = rowsOf(p, 'attrition')?.[i];
          if (o && !isWithheld(o)) hide(o, [field], m);
        },
      });
    }
  });
  return figures;
}

/** The ladder's stages of one dimension × arm × timepoint partition its n citizens: n = Σ stages, in every view. */
export function ladderPartitions(report: ReportCells): { total: string; parts: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const r of report.recovery_star_ladder) {
    const group = `ladder/${r.dimension}/${r.arm}/${r.timepoint}`;
    groups.set(group, [...(groups.get(group) ?? []), `${group}/${r.stage}`]);
  }
  return [...groups].map(([group, parts]) => ({ total: `${group}/n`, parts }));
}
