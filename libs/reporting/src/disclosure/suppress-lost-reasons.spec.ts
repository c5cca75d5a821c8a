import { suppressLostReasons } from './suppress-lost-reasons';
import type { PublishedReport } from './suppress-report';
import { DERIVABLE } from './withheld';

const row = (allocated: number | object, measured: number | object, reasons: [string, number][]) => ({
  arm: 'cti', timepoint: 'm9', allocated, measured, analysed: null, primary_outcome: 'wemwbs_total',
  not_measured_by_reason: reasons.map(([reason, courses]) => ({ reason, courses })),
});
const published = (...rows: ReturnType<typeof row>[]) => ({ attrition: rows }) as unknown as PublishedReport;
const counts = (p: PublishedReport) => (p.attrition as ReturnType<typeof row>[]).map((r) => (Array.isArray(r.not_measured_by_reason) ? r.not_measured_by_reason.map((c) => (typeof c.courses === 'number' ? c.courses : '·')) : '·'));

describe('lost by reason under the small-cell rule', () => {
  it('withholds small reasons and the next smallest, so none follows from allocated − measured', () => {
    const p = published(row(60, 40, [['completed', 14], ['dropped_out', 2], ['moved', 4]]));
    suppressLostReasons(p, 5);
    expect(counts(p)).toEqual([[14, '·', '·']]);
  });

  it('withholds the whole list with a withheld count, or when it rests on fewer than k', () => {
    const p = published(row(60, DERIVABLE, [['completed', 20]]), row(60, 57, [['completed', 3]]), row(60, 60, []));
    suppressLostReasons(p, 5);
    expect(counts(p)).toEqual(['·', '·', []]);
  });

  it('leaves a list of large counts alone, and a second pass changes nothing', () => {
    const p = published(row(60, 30, [['completed', 20], ['moved', 10]]), row(60, 40, [['completed', 14], ['dropped_out', 2], ['moved', 4]]));
    suppressLostReasons(p, 5);
    suppressLostReasons(p, 5);
    expect(counts(p)).toEqual([[20, 10], [14, '·', '·']]);
  });
});
