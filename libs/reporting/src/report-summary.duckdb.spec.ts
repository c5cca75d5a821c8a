import type { CohortBundle } from '@cti/domain';
import { AnalyticsEngine, type CohortReport } from '@cti/analytics';
import { fixtureSnapshot, readFixtureBundle } from '../../analytics/src/testing/fixture-snapshot';
import { suppressSmallCells } from './disclosure';
import { reportSummary } from './report-summary';
import { renderReportText } from './report-text';

// The text report opens with conclusions in Danish and English, made from the report's own figures.
async function reportOf(bundle?: CohortBundle): Promise<CohortReport> {
  const engine = await AnalyticsEngine.open(await fixtureSnapshot('sample-cohort', bundle));
  try {
    return await engine.report({ costEffectiveness: { bootstrapIterations: 200 } });
  } finally {
    await engine.close();
  }
}

const two = (x: number) => x.toFixed(2);

describe('the summary in words', () => {
  let report: CohortReport;
  let full: CohortBundle;
  beforeAll(async () => {
    full = await readFixtureBundle('sample-cohort');
    report = await reportOf(full);
  });

  it('states the primary result with its interval, role and n, and only what the interval supports', () => {
    const primary = report.comparison.find((c) => c.role === 'primary')!;
    const { en, da } = reportSummary(report);
    expect(en[0]).toContain(`Primary outcome: WEMWBS total (mental wellbeing) at 9 months`);
    expect(en[0]).toContain(`${two(primary.ancova_estimate)} (95 % CI ${two(primary.ancova_ci[0])} to ${two(primary.ancova_ci[1])}`);
    expect(en[0]).toContain(`n = ${primary.n_cti} CTI, ${primary.n_control} control`);
    expect(en[0]).toContain('Holm-adjusted');
    const excludesZero = primary.ancova_ci[0] > 0 || primary.ancova_ci[1] < 0;
    expect(en[0]).toContain(excludesZero ? 'the interval excludes 0, in favour of CTI' : 'the interval includes 0');
    expect(da[0]).toContain('Primært effektmål: WEMWBS i alt (mentalt velbefindende) ved 9 måneder');
    expect([...en, ...da].join('\n')).not.toMatch(/wemwbs_total|sds_total|rs_mean/);
    expect(da[0]).toContain(two(primary.ancova_estimate).replace('.', ','));
  });

  it('names the MMRM, the key secondaries, costs, cost-effectiveness and the caveats', () => {
    const { en, da } = reportSummary(report);
    const text = en.join('\n');
    expect(text).toMatch(/repeated-measures model \(MMRM/);
    expect(en.filter((l) => l.startsWith('Key secondary outcome'))).toHaveLength(2);
    expect(text).toMatch(/Costs per citizen over 21 months \(discounted at 3\.5 % a year beyond month 12\)/);
    expect(text).toMatch(/Cost-effectiveness \(WEMWBS total \(mental wellbeing\) at 9 months/);
    const cti = report.attrition.find((a) => a.arm === 'cti' && a.timepoint === 'm9')!;
    expect(text).toContain(`CTI ${cti.analysed} of ${cti.allocated}`);
    expect(text).toMatch(/confirmatory \(Holm-adjusted over 3\); every other p-value is exploratory/);
    expect(text).toMatch(/complete pairs only/);
    expect(text).toMatch(/withhold small cells/);
    expect(da).toHaveLength(en.length);
    const rendered = renderReportText(report);
    expect(rendered.indexOf('Sammenfatning')).toBeLessThan(rendered.indexOf('CTI versus control'));
    expect(rendered).toContain('Table 1: baseline characteristics by arm');
    expect(rendered).toContain('Responders (improved / unchanged / deteriorated)');
    expect(rendered).toContain('Health-economic reporting (CHEERS 2022)');
    expect(rendered).not.toMatch(/NaN|undefined/);
  });

  it('without costs says costs and cost-effectiveness were not computed, and why', async () => {
    const { en } = reportSummary(await reportOf({ ...full, costs: [] }));
    expect(en).toContain('Costs: not computed (no cost lines for either arm).');
    expect(en).toContain('Cost-effectiveness: not computed (no cost lines for either arm).');
    expect(en.join('\n')).not.toMatch(/dominat|NaN/);
  });

  it('on a published report says what is withheld and never states a withheld figure', () => {
    const published = suppressSmallCells(report, 5) as unknown as CohortReport;
    const { en, da } = reportSummary(published);
    expect(en.join('\n')).toMatch(/Figures resting on fewer than 5 citizens are withheld/);
    // every figure withheld: the primary result, costs and cost-effectiveness are said to be withheld, with no number
    const none = reportSummary(suppressSmallCells(report, 100_000) as unknown as CohortReport);
    const primary = report.comparison.find((c) => c.role === 'primary')!;
    expect(none.en[0]).toBe('Primary outcome WEMWBS total (mental wellbeing) at 9 months: withheld (rests on fewer than 100000 citizens).');
    expect(none.en.join('\n')).not.toContain(two(primary.ancova_estimate));
    expect(none.en.join('\n')).toMatch(/Costs per citizen over 9 months: withheld/);
    for (const text of [en, da, none.en, none.da].map((l) => l.join('\n'))) expect(text).not.toMatch(/NaN|undefined|\[object Object\]/);
  });
});
