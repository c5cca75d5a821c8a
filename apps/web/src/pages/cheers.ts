// The health-economic reporting choices (perspective, currency and price year, discounting, horizons) and the
// CHEERS 2022 checklist with where this report answers each item. The items' topics and notes are the report's own
// words (English), marked as such for screen readers.
import { isWithheld, type PublishedReport } from '../api/report';
import { num, t } from '../i18n/i18n';
import { h } from '../ui/dom';
import { section } from '../ui/report-frame';
import { table } from '../ui/table';
import type { CheersItem, HealthEconomics } from '../../../../libs/analytics/src/report/health-economics';

const english = (text: string | null) => (text ? h('span', { lang: 'en' }, text) : null);

// the report's sections, by the page that shows them
const PAGE_OF: Record<string, () => string> = {
  table_one: () => t.nav.overview, attrition: () => t.nav.overview, summary: () => t.nav.overview, descriptives: () => t.nav.progression,
  comparison: () => t.nav.comparison, outcome_hierarchy: () => t.nav.comparison, metadata: () => t.print.snapshot,
  costs: () => t.nav.costs, cost_effectiveness: () => t.nav.costs, municipality_costs: () => t.nav.costs, health_economics: () => t.nav.costs,
};

/** Where an item is answered: the pages, then the report's own keys (for the JSON and the text report). */
function whereCell(where: string | null): Node | null {
  if (!where) return null;
  const keys = where.split(/,\s*/).map((part) => part.split(/[.\s(]/)[0]);
  const pages = [...new Set(keys.flatMap((key) => (PAGE_OF[key] ? [PAGE_OF[key]()] : [])))];
  return h('span', {}, pages.join(', '), pages.length ? ' ' : '', h('code', { class: 'report-key' }, where));
}

export function cheersSection(report: PublishedReport): HTMLElement | null {
  const published = report.health_economics as unknown;
  if (!published || isWithheld(published)) return null;
  const econ = published as HealthEconomics;
  const facts: [string, Node | string][] = [
    [t.evidence.perspective, h('span', {}, `${t.evidence.perspectives[econ.perspective] ?? econ.perspective}: `, english(econ.perspective_description))],
    [t.evidence.currency, econ.currency],
    [t.evidence.priceYear, econ.price_year === null ? t.evidence.notStated : String(econ.price_year)],
    [t.evidence.discountRate, `${num(econ.discount_rate * 100, 1)} %`],
    [t.evidence.discounting, english(econ.discounting)!],
    [t.evidence.horizons, econ.horizons_months.map((m) => t.common.months({ n: m })).join(', ')],
  ];
  return section(t.evidence.cheers,
    h('dl', { class: 'facts' }, ...facts.flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)])),
    h('h3', {}, t.evidence.checklist),
    table<CheersItem>([
      { title: t.evidence.item, value: (c) => c.item, digits: 0, numeric: true },
      { title: t.evidence.topic, value: (c) => english(c.topic), csv: (c) => c.topic },
      { title: t.evidence.status, value: (c) => t.evidence.statuses[c.status] ?? c.status },
      { title: t.evidence.where, value: (c) => whereCell(c.where), csv: (c) => c.where },
      { title: t.evidence.note, value: (c) => english(c.note), csv: (c) => c.note },
    ], econ.checklist, { caption: t.evidence.checklist, csvName: 'cheers-2022-checklist', sortable: false }));
}
