// Cohort overview: the conclusions in words, a CONSORT-style flow per arm, Table 1 (by arm; analysed vs lost), attrition.
import { figure, isWithheld, listOf, type PublishedReport } from '../api/report';
import { int, pct, t } from '../i18n/i18n';
import { armName, endReasonName, outcomeName, timepointName } from '../i18n/names';
import { h } from '../ui/dom';
import { analysisNotes } from '../ui/analysis-notes';
import { section, withheldLegend } from '../ui/report-frame';
import { reportPage } from './report-page';
import { table, type Cell } from '../ui/table';
import { reportQuery } from '../state/view';
import type { Page } from './page';
import { summarySection } from './summary';
import { tableOneSections } from './table-one';

type Attrition = PublishedReport['attrition'][number];
const count = (v: unknown): string => (isWithheld(v) ? t.common.withheldMarker : typeof v === 'number' ? int(v) : t.common.none);

/** One column of boxes per arm: allocated, then measured (and analysed) at each timepoint, with how many were not measured. */
function consort(rows: Attrition[]): HTMLElement {
  const arms = ['cti', 'control'] as const;
  return h('div', { class: 'consort', role: 'group', 'aria-label': t.overview.consort }, ...arms.map((arm) => {
    const list = rows.filter((r) => r.arm === arm);
    const allocated = list[0]?.allocated;
    return h('div', { class: 'consort-arm' },
      h('div', { class: 'consort-box head' }, h('strong', {}, armName(arm)), h('span', {}, `${t.overview.allocated}: ${count(allocated)}`)),
      ...list.map((r) => {
        const measured = figure(r.measured);
        const lost = measured !== null && typeof r.allocated === 'number' ? r.allocated - measured : null;
        const reasons = isWithheld(r.not_measured_by_reason) ? null : listOf<{ reason: string; courses: unknown }>(r.not_measured_by_reason);
        return h('div', { class: 'consort-step' },
          h('div', { class: 'consort-box' },
            h('span', {}, `${t.overview.measured({ tp: timepointName(r.timepoint) })}: ${count(r.measured)}`),
            r.analysed !== null ? h('span', {}, `${t.overview.analysed({ tp: timepointName(r.timepoint) })}: ${count(r.analysed)}`) : null),
          lost !== null && lost > 0
            ? h('div', { class: 'consort-lost' }, t.overview.lost({ n: int(lost) }),
                reasons && reasons.length
                  ? h('ul', { class: 'consort-reasons', 'aria-label': t.overview.lostReasons }, ...reasons.map((x) => h('li', {}, `${endReasonName(x.reason)}: ${count(x.courses)}`)))
                  : isWithheld(r.not_measured_by_reason) ? h('span', { class: 'muted' }, ` (${t.overview.reasonsWithheld})`) : null)
            : null);
      }));
  }));
}

interface LostRow {
  arm: string;
  timepoint: string;
  reason: string;
  courses: unknown;
}
/** The not-measured counts by end reason as table rows (a withheld list is one row saying so). */
function lostRows(attrition: Attrition[]): LostRow[] {
  return attrition.flatMap((r) => (isWithheld(r.not_measured_by_reason)
    ? [{ arm: r.arm, timepoint: r.timepoint, reason: '', courses: r.not_measured_by_reason }]
    : listOf<{ reason: string; courses: unknown }>(r.not_measured_by_reason).map((x) => ({ arm: r.arm, timepoint: r.timepoint, reason: x.reason, courses: x.courses }))));
}

export const overviewPage: Page = reportPage({
  id: 'overview',
  title: () => t.nav.overview,
  heading: () => t.overview.title,
  async draw(ctx, { report, body, evaluation }) {
    const attrition = listOf<Attrition>(report.attrition);
    const baseline = listOf<PublishedReport['descriptives'][number]>(report.descriptives).filter((d) => d.timepoint === 'baseline' && !/^rs_(?!mean)/.test(d.outcome));
    const outcomes = [...new Set(baseline.map((d) => d.outcome))];
    const cell = (outcome: string, arm: string): Cell => {
      const d = baseline.find((x) => x.outcome === outcome && x.arm === arm);
      if (!d) return null;
      if (isWithheld(d.mean)) return d.mean;
      const sd = figure(d.sd);
      return `${(d.mean as number).toLocaleString(t.locale, { maximumFractionDigits: 2, minimumFractionDigits: 2 })}${sd !== null ? ` ± ${sd.toLocaleString(t.locale, { maximumFractionDigits: 2, minimumFractionDigits: 2 })}` : ''} (n = ${count(d.n)})`;
    };
    const summary = await summarySection(evaluation, reportQuery(ctx.view.params), ctx.signal);
    // Table 1 where it is published; where it is withheld, the outcome measures at baseline (small cells withheld) instead
    const tableOne = tableOneSections(report);
    const baselineTable = isWithheld(report.table_one) ? section(t.overview.baseline, table([
      { title: t.overview.measure, value: (o: string) => outcomeName(o) },
      { title: armName('cti'), value: (o) => cell(o, 'cti') },
      { title: armName('control'), value: (o) => cell(o, 'control') },
    ], outcomes, { caption: t.overview.baseline, csvName: 'baseline' }), h('p', { class: 'muted' }, t.overview.baselineNote)) : null;
    body.replaceChildren(
      withheldLegend(report) ?? '',
      summary,
      analysisNotes(report, ['attrition', 'descriptives'], { warnings: true }) ?? '',
      section(t.overview.consort, consort(attrition), h('p', { class: 'muted' }, t.overview.consortNote({ outcome: outcomeName(attrition[0]?.primary_outcome ?? 'wemwbs_total') }))),
      section(t.overview.lostTable, table([
        { title: t.progression.arm, value: (r: LostRow) => armName(r.arm) },
        { title: t.progression.timepoint, value: (r) => timepointName(r.timepoint) },
        { title: t.overview.reason, value: (r) => endReasonName(r.reason) },
        { title: t.overview.courses, value: (r) => r.courses as Cell, digits: 0, numeric: true },
      ], lostRows(attrition), { caption: t.overview.lostTable, csvName: 'not-measured-by-reason' })),
      ...tableOne,
      baselineTable ?? '',
      section(t.overview.attrition, table([
        { title: t.progression.arm, value: (r: Attrition) => armName(r.arm) },
        { title: t.progression.timepoint, value: (r) => timepointName(r.timepoint) },
        { title: t.overview.allocatedCol, value: (r) => r.allocated as Cell, digits: 0, numeric: true },
        { title: t.overview.measuredCol, value: (r) => r.measured as Cell, digits: 0, numeric: true },
        { title: t.overview.analysedCol, value: (r) => r.analysed as Cell, digits: 0, numeric: true },
        { title: t.overview.share, value: (r) => (figure(r.measured) !== null && typeof r.allocated === 'number' && r.allocated > 0 ? pct(figure(r.measured)! / r.allocated) : isWithheld(r.measured) ? r.measured : null), numeric: true },
      ], attrition, { caption: t.overview.attrition, csvName: 'attrition' })),
    );
  },
});
