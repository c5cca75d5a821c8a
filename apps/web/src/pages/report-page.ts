// A report page: the shared frame (filters in the URL, the data line, the print link), then the page's own sections.
// An empty selection is said in words, once, here.
import { t } from '../i18n/i18n';
import { h } from '../ui/dom';
import { isEmptySelection, reportFrame, type ReportView } from '../ui/report-frame';
import type { Page, PageContext } from './page';

interface ReportPageSpec {
  id: string;
  /** The name in the navigation. */
  title: () => string;
  /** The page's heading. */
  heading: () => string;
  draw: (ctx: PageContext, view: ReportView) => Promise<void> | void;
}

export function reportPage(spec: ReportPageSpec): Page {
  return {
    id: spec.id,
    roles: ['evaluator', 'agency', 'municipality'],
    inNav: true,
    title: spec.title,
    async render(ctx) {
      const frame = await reportFrame(ctx, spec.heading());
      if (!frame) return;
      if (isEmptySelection(frame.report)) {
        frame.body.replaceChildren(h('p', { class: 'empty', role: 'status' }, t.common.emptyFilters));
        return;
      }
      await spec.draw(ctx, frame);
    },
  };
}
