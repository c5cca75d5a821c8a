// The frame every report page shares: the filter form (kept in the URL), the data line, the withheld legend and printing.
import { isWithheld, type PublishedReport } from '../api/report';
import { date, dateTime, t } from '../i18n/i18n';
import { MUNICIPALITIES, municipalityName, targetGroupName } from '../i18n/names';
import { TARGET_GROUP } from '../i18n/vocabulary';
import type { PageContext } from '../pages/page';
import { loadEvaluations, loadReport } from '../state/report-loader';
import { reportQuery, viewHref, filtersOf } from '../state/view';
import { fields, h } from './dom';

const option = (value: string, label: string, selected: boolean) => h('option', { value, selected }, label);

/** The filter form; submitting it changes the URL, which redraws the page (and cancels what the old view still asked for). */
export function filterForm(ctx: PageContext, evaluations: { slug: string; name: string }[], extra: HTMLElement[] = []): HTMLFormElement {
  const p = ctx.view.params;
  const municipal = ctx.user.role === 'municipality';
  const form = h('form', { class: 'filters no-print', 'aria-label': t.filters.legend },
    h('label', {}, t.filters.evaluation, h('select', { name: 'evaluation' }, ...evaluations.map((e) => option(e.slug, e.name === e.slug ? e.name : `${e.name} (${e.slug})`, e.slug === p.get('evaluation'))))),
    municipal
      ? h('label', {}, t.filters.national, h('select', { name: 'national' }, option('', `${t.filters.ownMunicipality} (${municipalityName(ctx.user.municipalityCode)})`, p.get('national') !== 'true'), option('true', t.filters.wholeCountry, p.get('national') === 'true')))
      : h('label', {}, t.filters.municipality, h('select', { name: 'municipality' }, option('', t.common.all, !p.get('municipality')),
          ...[...MUNICIPALITIES].sort((a, b) => a[1].localeCompare(b[1], 'da')).map(([code, name]) => option(String(code), name, String(code) === p.get('municipality'))))),
    h('label', {}, t.filters.targetGroup, h('select', { name: 'targetGroup' }, option('', t.common.all, !p.get('targetGroup')), ...Object.keys(TARGET_GROUP).map((g) => option(g, targetGroupName(g), g === p.get('targetGroup'))))),
    ...periodFields(ctx),
    h('label', {}, t.filters.baselineRule, h('select', { name: 'baselineRule' }, ...(['first', 'lower_of_first_two'] as const).map((r) => option(r, t.filters.rule[r], (p.get('baselineRule') ?? 'first') === r)))),
    ...extra,
    h('button', { type: 'submit' }, t.common.show),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = new URLSearchParams(fields(form));
    if (next.get('baselineRule') === 'first') next.delete('baselineRule');
    location.hash = viewHref(ctx.view.page, next);
  });
  return form;
}

/**
 * The period of start dates, for evaluators (and admins) only: the API refuses periods to agency and municipality
 * users, whose figures are published with small numbers withheld (a difference of two periods would undo that).
 */
function periodFields(ctx: PageContext): HTMLElement[] {
  const p = ctx.view.params;
  if (ctx.user.role !== 'evaluator' && ctx.user.role !== 'admin') return [];
  return [
    h('label', {}, t.filters.startFrom, h('input', { type: 'date', name: 'startFrom', value: p.get('startFrom') ?? '' })),
    h('label', {}, t.filters.startTo, h('input', { type: 'date', name: 'startTo', value: p.get('startTo') ?? '' })),
  ];
}

export interface ReportView {
  report: PublishedReport;
  evaluation: string;
  /** Where sections go. */
  body: HTMLElement;
}

/** Draws the frame and loads the report of the view; null when there is nothing to show (said in words). */
export async function reportFrame(ctx: PageContext, title: string, extra: HTMLElement[] = []): Promise<ReportView | null> {
  const evaluations = await loadEvaluations(ctx.signal);
  if (evaluations.length === 0) {
    ctx.main.replaceChildren(h('h1', {}, title), h('p', { class: 'empty' }, t.filters.noEvaluations));
    return null;
  }
  const evaluation = evaluations.some((e) => e.slug === ctx.view.params.get('evaluation')) ? ctx.view.params.get('evaluation')! : evaluations[0].slug;
  ctx.view.params.set('evaluation', evaluation);
  const about = h('p', { class: 'muted about' }, t.common.loading);
  const body = h('div', { class: 'report-body', 'aria-busy': 'true' });
  const printHref = viewHref('print', filtersOf(ctx.view.params));
  ctx.main.replaceChildren(
    h('div', { class: 'page-head' }, h('h1', {}, title), h('a', { class: 'button secondary no-print', href: printHref }, t.common.print)),
    filterForm(ctx, evaluations, extra), about, body,
  );
  const report = await loadReport(evaluation, reportQuery(ctx.view.params), ctx.signal);
  about.replaceChildren(dataLine(report));
  body.removeAttribute('aria-busy');
  return { report, evaluation, body };
}

export function dataLine(report: PublishedReport): string {
  const m = report.metadata;
  const filters = [m.filters.municipalityCode != null ? municipalityName(m.filters.municipalityCode) : null, m.filters.targetGroup ? targetGroupName(m.filters.targetGroup) : null, periodName(m.filters)].filter(Boolean);
  return `${t.common.dataLine({ snapshot: m.snapshot.id, generated: dateTime(m.generatedAt) })}${filters.length ? ` ${t.print.filters}: ${filters.join(', ')}.` : ''}`;
}

/** The period of start dates in words ("startet 1. januar 2015 – 31. december 2016"), or null when it is open. */
export function periodName(f: { startFrom?: string | null; startTo?: string | null }): string | null {
  if (!f.startFrom && !f.startTo) return null;
  return t.filters.period({ from: f.startFrom ? date(f.startFrom) : '…', to: f.startTo ? date(f.startTo) : '…' });
}

/** The one legend explaining the withheld marker; only where figures are withheld at all. */
export function withheldLegend(report: PublishedReport): HTMLElement | null {
  const k = report.metadata.suppression?.k;
  return k ? h('p', { class: 'legend', role: 'note' }, t.common.withheldLegend({ k })) : null;
}

/** True when the selection holds no citizens: the report is then all zeros and empty lists. */
export function isEmptySelection(report: PublishedReport): boolean {
  const allocated = report.attrition.filter((a) => a.timepoint === 'baseline').reduce((sum, a) => sum + (typeof a.allocated === 'number' ? a.allocated : 0), 0);
  return report.descriptives.length === 0 && allocated === 0 && !report.attrition.some((a) => isWithheld(a.allocated));
}

export function section(title: string, ...children: (Node | null)[]): HTMLElement {
  return h('section', { class: 'report-section' }, h('h2', {}, title), ...children);
}
