import { suppressDistributions } from './suppress-distributions';
import type { PublishedReport } from './suppress-report';
import { DERIVABLE } from './withheld';

const box = (timepoint: string, n: number) => ({ outcome: 'wemwbs_total', arm: 'cti', timepoint, n, p10: 30, q1: 35, median: 40, q3: 45, p90: 50 });
const mean = (timepoint: string, n: number, withheld = false) => ({ outcome: 'wemwbs_total', arm: 'cti', timepoint, n, mean: withheld ? DERIVABLE : 40, sd: 5 });
const shown = (p: PublishedReport) => (p.distributions as { timepoint: string; median: unknown; p10: unknown }[]).map((d) => `${d.timepoint}:${typeof d.median === 'number' ? 'box' : '·'}${typeof d.p10 === 'number' ? '+whiskers' : ''}`);

describe('box-plot quantiles under the small-cell rule', () => {
  it('go with the descriptives beside them, need k citizens for the box and 20 for the whiskers', () => {
    const p = {
      descriptives: [mean('baseline', 87), mean('m9', 12), mean('m18', 30, true), mean('m3', 4)],
      distributions: [box('baseline', 87), box('m9', 12), box('m18', 30), box('m3', 4)],
    } as unknown as PublishedReport;
    suppressDistributions(p, 5);
    expect(shown(p)).toEqual(['baseline:box+whiskers', 'm9:box', 'm18:·', 'm3:·']);
  });
});
