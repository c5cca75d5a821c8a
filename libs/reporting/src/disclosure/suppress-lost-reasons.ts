import { restsOnFew, suppressPartition } from './cells';
import { hide } from './hide';
import type { PublishedReport } from './suppress-report';
import { DERIVABLE, fewerThan, isWithheld } from './withheld';

/**
 * The CONSORT "not measured, by end reason" counts partition allocated − measured. They follow the row's counts as
 * published: withheld with them (after the view's own rule, and again after the joint pattern), withheld whole when
 * they rest on fewer than k courses, and otherwise as a partition of that known total (small cells and their complements).
 * Not yet part of the joint pattern: a difference between two views can still give a reason count away.
 */
export function suppressLostReasons(published: PublishedReport, k: number): void {
  if (!Array.isArray(published.attrition)) return;
  for (const row of published.attrition) {
    if (isWithheld(row) || isWithheld(row.not_measured_by_reason)) continue;
    if (isWithheld(row.allocated) || isWithheld(row.measured)) {
      hide(row, ['not_measured_by_reason'], DERIVABLE);
      continue;
    }
    if (restsOnFew(row.allocated - row.measured, k) && row.allocated - row.measured > 0) {
      hide(row, ['not_measured_by_reason'], fewerThan(k));
      continue;
    }
    // run once: after the view's own rule; the joint pattern's pass finds the partition already done
    const cells = row.not_measured_by_reason.filter((c) => !isWithheld(c)) as { reason: string; courses: number | object }[];
    if (cells.some((c) => typeof c.courses !== 'number')) continue;
    suppressPartition(cells.map((c) => ({ count: c.courses as number, withhold: (marker) => hide(c, ['courses'], marker) })), k);
  }
}
