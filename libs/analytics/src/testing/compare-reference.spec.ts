import { compareWithReference } from './compare-reference';

const reference = {
  change: [{ outcome: 'x', arm: 'cti', timepoint: 'm9', n: 10, mean_change: 1.5, p_ttest: 0.01 }],
  costs: [{ horizon_months: 9, mean_cost_by_category: { cti: { a: 100 } } }],
  recovery_star: [{ arm: 'cti', timepoint: 'm9', improved: 'rs_work' }],
};
const copy = () => JSON.parse(JSON.stringify({ ...reference, recovery_star: [{ arm: 'cti', timepoint: 'm9', improved: ['rs_work'] }] }));

describe('compareWithReference', () => {
  it('accepts an identical report and counts every figure', () => {
    expect(compareWithReference(reference, copy())).toEqual({ compared: 11, mismatches: [] });
  });

  it('holds means to 1e-9 relative but statistics to 1e-6', () => {
    const report = copy();
    report.change[0].mean_change = 1.5 * (1 + 1e-8);
    report.change[0].p_ttest = 0.01 + 5e-7;
    expect(compareWithReference(reference, report).mismatches).toEqual([expect.stringContaining('mean_change')]);
  });

  it('reports missing and extra entries and extra data keys', () => {
    const report = copy();
    report.change[0].arm = 'control';
    report.costs[0].mean_cost_by_category.cti.b = 1;
    const { mismatches } = compareWithReference(reference, report);
    expect(mismatches).toEqual(
      expect.arrayContaining([expect.stringContaining('not in the reference'), expect.stringContaining('missing'), expect.stringContaining('unexpected keys b')]),
    );
  });
});
