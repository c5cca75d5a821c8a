import { AnalyticsEngine, type CohortReport, type ReportCells } from '@cti/analytics';
import type { CohortBundle } from '@cti/domain';
import { fixtureSnapshot, readFixtureBundle } from '../../../analytics/src/testing/fixture-snapshot';
import { computeDisclosurePattern, publishSlice, viewByView, type DisclosurePattern } from './disclosure-pattern';
import { viewFigures } from './report-cells';
import { suppressCells, suppressSmallCells } from './suppress-report';
import { recoverByDifferencing, type AttackView } from './testing/linear-attack';
import { gridViews, viewKey, type View } from './view-grid';

const K = 5;

interface Cohort {
  reports: Map<string, CohortReport>;
  cells: Map<string, ReportCells>;
  views: View[];
  /** As the service computes it: from each view's cells alone. */
  pattern: DisclosurePattern;
  /** From each view's whole report. */
  patternOfReports: DisclosurePattern;
  /** From all views' cells at once, as the service computes them (each municipality's from its national view's relations). */
  patternOfBatch: DisclosurePattern;
  batchCells: Map<string, ReportCells>;
}

async function cohort(bundle: CohortBundle, name: string): Promise<Cohort> {
  const municipalities = [...new Set(bundle.courses.map((c) => c.municipalityCode))].sort((a, b) => a - b);
  const targetGroups = [...new Set(bundle.courses.map((c) => c.targetGroup).filter((t): t is NonNullable<typeof t> => !!t))].sort();
  const engine = await AnalyticsEngine.open(await fixtureSnapshot(name, bundle));
  const reports = new Map<string, CohortReport>();
  const cells = new Map<string, ReportCells>();
  const options = (view: View) => ({ municipalityCode: view.municipalityCode, targetGroup: view.targetGroup, costEffectiveness: { bootstrapIterations: 0 } });
  const reportOf = async (view: View) => {
    const report = await engine.report(options(view));
    reports.set(viewKey(view), report);
    return report;
  };
  const cellsOf = async (view: View) => {
    const c = await engine.reportCells(options(view));
    cells.set(viewKey(view), c);
    return c;
  };
  const batchCells = new Map<string, ReportCells>();
  const cellsOfViews = async (views: readonly View[]) => {
    const all = await engine.reportCellsOfViews(options({}), views);
    views.forEach((view, i) => batchCells.set(viewKey(view), all[i]));
    return all;
  };
  const patternOfReports = await computeDisclosurePattern({ municipalities, targetGroups }, viewByView(reportOf), K);
  const pattern = await computeDisclosurePattern({ municipalities, targetGroups }, viewByView(cellsOf), K);
  const patternOfBatch = await computeDisclosurePattern({ municipalities, targetGroups }, cellsOfViews, K);
  await engine.close();
  return { reports, cells, views: gridViews(municipalities, targetGroups), pattern, patternOfReports, patternOfBatch, batchCells };
}

/** The sections of a whole report that are cells, as ReportCells has them: only the gaps that are cells. */
function cellSectionsOf(report: CohortReport): ReportCells {
  const { descriptives, descriptives_interim, change, costs, municipality_costs, recovery_star_ladder, attrition, unavailable } = report;
  const cellGaps = unavailable.filter((gap) => (gap.section === 'change' && gap.arm) || gap.section === 'costs');
  return { descriptives, descriptives_interim, change, costs, municipality_costs, recovery_star_ladder, attrition, unavailable: cellGaps };
}

/** What a caller sees: the agency every view; a municipality its own and the national ones. */
function attackViews(c: Cohort, publish: (report: CohortReport, view: View) => unknown, own?: number): AttackView[] {
  return c.views.map((view) => ({
    municipality: view.municipalityCode ?? null,
    targetGroup: view.targetGroup ?? null,
    report: own === undefined || view.municipalityCode === undefined || view.municipalityCode === own ? publish(c.reports.get(viewKey(view))!, view) : null,
  }));
}

/** Numbers to 12 significant digits: sums in another order differ in the last bits. */
function toDigits(value: unknown): unknown {
  if (typeof value === 'number') return Number.isFinite(value) ? Number(value.toPrecision(12)) : value;
  if (Array.isArray(value)) return value.map(toDigits);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toDigits(v)]));
  return value;
}

const joint = (c: Cohort) => (report: CohortReport, view: View) => publishSlice(report, c.pattern, view);
const perResponse = (report: CohortReport) => suppressSmallCells(report, K);

describe.each([
  ['the demo cohort', async () => readFixtureBundle('sample-cohort')],
  ['a cohort made for differencing (a municipality of 3 control citizens, target groups of 1–2)', async () => {
    const bundle = await readFixtureBundle('sample-cohort');
    let moved = 0;
    for (const course of bundle.courses) {
      if (course.arm !== 'control' || moved >= 3) continue;
      course.municipalityCode = 101;
      course.targetGroup = moved === 0 ? 'aftercare' : 'prostitution';
      moved++;
    }
    return bundle;
  }],
])('the attacker, on %s', (_name, load) => {
  let c: Cohort;
  let municipality: number;
  beforeAll(async () => {
    c = await cohort(await load(), 'sample-cohort');
    municipality = c.pattern.grid.municipalities[0];
  }, 120_000);

  it("computes the same pattern from the views' cells alone as from their whole reports", () => {
    expect(c.pattern.counts.cells).toBeGreaterThan(0);
    expect(c.pattern.counts.primary).toBeGreaterThan(0);
    expect(c.pattern).toEqual(c.patternOfReports);
  });

  it('computes the same pattern from all views at once (a municipality from its national view\'s relations) as view by view', () => {
    expect(c.patternOfBatch).toEqual(c.pattern);
  });

  it('gives each view the same cells at once as alone: the same rows and counts, the same means to 12 digits', () => {
    expect(c.batchCells.size).toBe(c.views.length);
    for (const [view, cells] of c.batchCells) expect({ view, cells: toDigits(cells) }).toEqual({ view, cells: toDigits(c.cells.get(view)!) });
  });

  it("gives each view's cells as the sections of its whole report", () => {
    expect(c.cells.size).toBe(c.views.length);
    for (const [view, cells] of c.cells) expect({ view, cells }).toEqual({ view, cells: cellSectionsOf(c.reports.get(view)!) });
  });

  it('withholds the same figures of each view by its own rule, from its cells alone as from its whole report', () => {
    const own = (figures: ReturnType<typeof viewFigures>) => figures.map((f) => ({ key: f.key, n: f.n, withheldInView: f.withheldInView }));
    for (const [view, cells] of c.cells) {
      const report = c.reports.get(view)!;
      expect({ view, figures: own(viewFigures(cells, suppressCells(cells, K))) }).toEqual({ view, figures: own(viewFigures(report, suppressSmallCells(report, K))) });
    }
    expect([...c.cells.values()].some((cells) => viewFigures(cells, suppressCells(cells, K)).some((f) => f.withheldInView && f.n >= K))).toBe(true);
  });

  it('recovers far fewer withheld cells from the joint pattern than from per-response suppression', () => {
    const before = recoverByDifferencing(attackViews(c, perResponse)).length;
    const after = recoverByDifferencing(attackViews(c, joint(c))).length;
    const ownBefore = recoverByDifferencing(attackViews(c, perResponse, municipality)).length;
    const ownAfter = recoverByDifferencing(attackViews(c, joint(c), municipality)).length;
    console.log(_name, { agency: { perResponse: before, joint: after }, [`municipality ${municipality}`]: { perResponse: ownBefore, joint: ownAfter }, pattern: c.pattern.counts });
    expect(before).toBeGreaterThan(0); // the attack works, so the test can fail
    expect(after).toBeLessThan(before);
  });

  it("recovers no withheld cell from the agency's views of the joint pattern", () => {
    expect(recoverByDifferencing(attackViews(c, joint(c)))).toEqual([]);
  });

  it("recovers no withheld cell from any municipality's views (its own and the national ones)", () => {
    for (const own of c.pattern.grid.municipalities) expect({ own, recovered: recoverByDifferencing(attackViews(c, joint(c), own)) }).toEqual({ own, recovered: [] });
  });

  it('keeps the national figures the agency publishes: costs of both arms, and the primary comparison', () => {
    const national = publishSlice(c.reports.get(viewKey({}))!, c.pattern, {}) as unknown as { costs: { mean_cost: Record<string, unknown> }[]; comparison: Record<string, unknown>[] };
    for (const row of national.costs) expect([row.mean_cost.cti, row.mean_cost.control].map((v) => typeof v)).toEqual(['number', 'number']);
    expect(national.comparison.find((r) => r.outcome === 'wemwbs_total' && r.timepoint === 'm9')).toMatchObject({ ancova_estimate: expect.any(Number) });
  });

  it('withholds every figure on fewer than k citizens, and keeps large ones', () => {
    const national = c.reports.get(viewKey({}))!;
    const published = publishSlice(national, c.pattern, {}) as unknown as { descriptives: Record<string, unknown>[] };
    national.descriptives.forEach((r, i) => {
      if (r.n > 0 && r.n < K) expect(published.descriptives[i].mean).toMatchObject({ suppressed: true });
    });
    expect(national.descriptives.some((r, i) => r.n >= 20 && published.descriptives[i].mean === r.mean)).toBe(true);
  });
});

describe('another option set (the lower-of-first-two baseline rule)', () => {
  it('withholds every figure the default pattern withholds, so comparing the two publishes nothing either withholds', async () => {
    const engine = await AnalyticsEngine.open(await fixtureSnapshot('sample-cohort', await readFixtureBundle('sample-cohort')));
    const grid = { municipalities: [219, 253], targetGroups: [] }; // three views are enough to show the inheritance
    const figures = new Map<string, Set<string>>();
    const options = (baselineRule: 'first' | 'lower_of_first_two') => async (view: View) => {
      const report = await engine.report({ ...view, baselineRule, costEffectiveness: { bootstrapIterations: 0 } });
      if (baselineRule !== 'first') figures.set(viewKey(view), new Set(viewFigures(report, suppressSmallCells(report, K)).map((f) => f.key)));
      return report;
    };
    const byDefault = await computeDisclosurePattern(grid, viewByView(options('first')), K);
    const other = await computeDisclosurePattern(grid, viewByView(options('lower_of_first_two')), K, byDefault);
    const alone = await computeDisclosurePattern(grid, viewByView(options('lower_of_first_two')), K);
    await engine.close();
    // a figure the other rule does not have (a ladder stage nobody reaches under it) is not published there either
    const differing = (p: DisclosurePattern) => Object.entries(byDefault.views).flatMap(([view, cells]) =>
      Object.keys(cells).filter((key) => figures.get(view)!.has(key) && p.views[view]?.[key] !== cells[key]).map((key) => `${view} ${key}`));
    expect(differing(other)).toEqual([]);
    // computed on its own, the other option set would publish some of them: the inheritance is what holds it
    expect(differing(alone).length).toBeGreaterThan(0);
  }, 120_000);
});

describe("all views' cells at once under other options (baseline rule, start period, discount rate)", () => {
  it('gives the pattern view by view gives', async () => {
    const engine = await AnalyticsEngine.open(await fixtureSnapshot('sample-cohort', await readFixtureBundle('sample-cohort')));
    try {
      const bundle = await readFixtureBundle('sample-cohort');
      const municipalities = [...new Set(bundle.courses.map((course) => course.municipalityCode))].sort((a, b) => a - b);
      const targetGroups = [...new Set(bundle.courses.map((course) => course.targetGroup).filter((t): t is NonNullable<typeof t> => !!t))].sort();
      const starts = bundle.courses.map((course) => course.startDate).filter((d): d is string => !!d).sort();
      const options = { baselineRule: 'lower_of_first_two' as const, startFrom: starts[Math.floor(starts.length / 4)], economics: { discountRate: 0 }, costEffectiveness: { bootstrapIterations: 0 } };
      const grid = { municipalities, targetGroups };
      const alone = await computeDisclosurePattern(grid, viewByView((view) => engine.reportCells({ ...options, ...view })), K);
      const atOnce = await computeDisclosurePattern(grid, (views) => engine.reportCellsOfViews(options, views), K);
      expect(alone.counts.primary).toBeGreaterThan(0);
      expect(atOnce).toEqual(alone);
    } finally {
      await engine.close();
    }
  }, 120_000);
});
