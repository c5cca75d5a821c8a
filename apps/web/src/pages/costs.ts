// Costs: cost per citizen by category and arm (9 and 21 months), the own municipality beside the national figure,
// the cost-effectiveness plane with named quadrants, and the acceptability curve.
import { analysisNotes } from '../ui/analysis-notes';
import { figure, isWithheld, listOf, type PublishedReport } from '../api/report';
import { byCategorySpec, ceacSpec, cePlaneSpec, ownVsNationalSpec } from '../charts/costs';
import { chart } from '../charts/embed';
import { int, num, t } from '../i18n/i18n';
import { armName, categoryName, municipalityName, outcomeName, timepointName } from '../i18n/names';
import { h } from '../ui/dom';
import { section, withheldLegend } from '../ui/report-frame';
import { reportPage } from './report-page';
import { interval, table, type Cell } from '../ui/table';
import type { Page } from './page';
import { cheersSection } from './cheers';

type CostRow = PublishedReport['costs'][number];
type MunicipalityCost = PublishedReport['municipality_costs'][number];
const ARMS = ['cti', 'control'] as const;

/** The willingness to pay where the curve first reaches 50 %, interpolated between the two grid points around it. */
function crossing(points: { wtp: number; probability_cost_effective: number }[]): number | null {
  for (let i = 1; i < points.length; i++) {
    const [a, b] = [points[i - 1], points[i]];
    if (a.probability_cost_effective < 0.5 && b.probability_cost_effective >= 0.5) {
      return a.wtp + ((0.5 - a.probability_cost_effective) / (b.probability_cost_effective - a.probability_cost_effective)) * (b.wtp - a.wtp);
    }
  }
  return null;
}

/** The curve up to a little past where it stops changing, so the part that matters fills the chart. */
function untilFlat<T extends { probability_cost_effective: number }>(points: T[]): T[] {
  const last = points.at(-1)?.probability_cost_effective ?? 0;
  let lastChange = 0;
  points.forEach((p, i) => { if (Math.abs(p.probability_cost_effective - last) > 0.01) lastChange = i; });
  return points.slice(0, Math.min(points.length, Math.max(10, Math.ceil((lastChange + 1) * 1.5))));
}

function ceText(ce: NonNullable<PublishedReport['cost_effectiveness']>): string {
  const say = t.costs.ce_text[ce.quadrant] as (p: Record<string, string | number>) => string;
  const kr = (v: number) => t.costs.kr({ v: int(Math.abs(v)) });
  return say({ cost: kr(ce.delta_cost), effect: t.costs.points({ v: num(Math.abs(ce.delta_effect)) }), outcome: outcomeName(ce.outcome), icer: ce.icer === null ? '' : kr(ce.icer) });
}

export const costsPage: Page = reportPage({
  id: 'costs',
  title: () => t.nav.costs,
  heading: () => t.costs.title,
  async draw(ctx, { report, body }) {
    const costs = listOf<CostRow>(report.costs);
    const sections: HTMLElement[] = [];
    for (const c of costs) {
      const rows = ARMS.flatMap((arm) => Object.entries((c.mean_cost_by_category as Record<string, Record<string, unknown>> | undefined)?.[arm] ?? {})
        .flatMap(([category, cost]) => (typeof cost === 'number' ? [{ arm: armName(arm), category: categoryName(category), cost }] : [])));
      const handle = rows.length ? chart(`costs-${c.horizon_months}`, t.costs.byCategory({ h: c.horizon_months }), byCategorySpec(rows, { cost: t.costs.cost, arm: t.progression.arm, category: t.costs.category })) : null;
      if (handle) ctx.charts.push(handle.rendered);
      sections.push(handle?.element ?? h('p', { class: 'empty' }, t.common.empty));
    }
    const costTable = table([
      { title: t.costs.horizon, value: (c: CostRow) => t.common.months({ n: c.horizon_months }) },
      ...ARMS.flatMap((arm) => [
        { title: `n ${armName(arm)}`, value: (c: CostRow) => (c.n as Record<string, unknown>)?.[arm] as Cell, digits: 0, numeric: true },
        { title: armName(arm), value: (c: CostRow) => (c.mean_cost as Record<string, unknown>)?.[arm] as Cell, digits: 0, numeric: true },
      ]),
      { title: t.costs.diff, value: (c) => c.diff as Cell, digits: 0, numeric: true },
      { title: t.evidence.welchCi, value: (c) => interval(c.welch_ci, 0), numeric: true },
      { title: t.evidence.bootstrapCi, value: (c) => interval(c.bootstrap_ci, 0), numeric: true },
    ], costs, { caption: t.costs.title, csvName: 'costs' });

    // The own municipality beside the national figure: for municipality users (and whenever a municipality is chosen).
    const own = listOf<MunicipalityCost>(report.municipality_costs).filter((m) => m.municipality_code === report.metadata.filters.municipalityCode);
    let ownSection: HTMLElement | null = null;
    if (report.metadata.filters.municipalityCode != null && own.length) {
      const rows = own.flatMap((m) => ARMS.flatMap((arm) => [
        { where: municipalityName(m.municipality_code), cost: figure((m.municipality as Record<string, { mean_cost: unknown }>)?.[arm]?.mean_cost) },
        { where: t.costs.national, cost: figure((m.national as Record<string, { mean_cost: unknown }>)?.[arm]?.mean_cost) },
      ].flatMap((r) => (r.cost === null ? [] : [{ ...r, cost: r.cost, arm: armName(arm), horizon: t.common.months({ n: m.horizon_months }) }]))));
      const handle = chart('municipality-costs', t.costs.ownVsNational, ownVsNationalSpec(rows, { cost: t.costs.cost, arm: t.progression.arm, where: '' }));
      ctx.charts.push(handle.rendered);
      ownSection = section(t.costs.ownVsNational, handle.element);
    }

    const ce = report.cost_effectiveness;
    let ceSection: HTMLElement;
    if (!ce || isWithheld(ce) || typeof ce.delta_cost !== 'number') {
      ceSection = section(t.costs.ce, h('p', { class: 'empty' }, t.costs.notAvailable));
    } else {
      const boot = ce.bootstrap;
      const parts: (HTMLElement | string)[] = [h('p', { class: 'ce-text' }, ceText(ce))];
      if (boot && Array.isArray(boot.replicates)) {
        const plane = chart('ce-plane', t.costs.plane({ outcome: outcomeName(ce.outcome), tp: timepointName(ce.timepoint), h: ce.horizon_months, n: boot.iterations }),
          cePlaneSpec(boot.replicates.filter((r): r is { delta_cost: number; delta_effect: number } => r.delta_effect !== null), ce, { x: t.costs.deltaEffect({ outcome: outcomeName(ce.outcome) }), y: t.costs.deltaCost, estimate: t.costs.estimate, replicate: t.costs.replicate, quadrants: t.costs.quadrants }));
        const points = untilFlat(listOf<{ wtp: number; probability_cost_effective: number }>(boot.acceptability));
        const cross = crossing(points);
        const ceac = chart('ceac', t.costs.ceac, ceacSpec(points, { x: t.costs.wtp, y: t.costs.probability }, cross), cross !== null ? [t.costs.crossing({ wtp: int(cross) })] : []);
        ctx.charts.push(plane.rendered, ceac.rendered);
        parts.push(plane.element, ceac.element);
      }
      ceSection = section(t.costs.ce, ...parts.map((p) => (typeof p === 'string' ? h('p', {}, p) : p)));
    }
    body.replaceChildren(withheldLegend(report) ?? '', analysisNotes(report, ['costs', 'cost_effectiveness', 'municipality_costs']) ?? '', section(t.costs.title, ...sections, costTable), ...(ownSection ? [ownSection] : []), ceSection, cheersSection(report) ?? '');
  },
});
