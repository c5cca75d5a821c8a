// The conclusions in words at the top of the overview and the printed report: the API makes them from the report the
// user may see (one generator, libs/reporting report-summary), in both languages; the page shows its own.
import { lang, t } from '../i18n/i18n';
import { loadSummary } from '../state/report-loader';
import type { ReportQuery } from '../state/view';
import { h } from '../ui/dom';

export async function summarySection(evaluation: string, query: ReportQuery, signal: AbortSignal): Promise<HTMLElement> {
  const summary = await loadSummary(evaluation, query, signal);
  const paragraphs = lang === 'da' ? summary.da : summary.en;
  return h('section', { class: 'report-section summary', 'aria-labelledby': 'summary-title' },
    h('h2', { id: 'summary-title' }, t.evidence.summary),
    ...paragraphs.map((p, i) => h('p', { class: i === 0 ? 'summary-lead' : '' }, p)),
    h('p', { class: 'muted' }, t.evidence.summaryNote));
}
