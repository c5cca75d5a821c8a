import { readBundleFromPath } from './read-bundle';
import { removeTempDirs, SAMPLE_COHORT, SAMPLE_COHORT_B, testContext, formattedErrors } from './bundle-test-support';

afterAll(removeTempDirs);

describe('readBundleFromPath on the sample cohorts', () => {
  it('reads the sample cohort with its exact counts', async () => {
    const result = await readBundleFromPath(SAMPLE_COHORT, testContext());
    expect(formattedErrors(result)).toEqual([]);
    if (!result.ok) return;
    const { bundle } = result;
    expect([bundle.courses.length, bundle.measurements.length, bundle.costs.length, bundle.contacts.length, bundle.focusAreas.length]).toEqual([151, 541, 396, 2339, 238]);
    expect(result.files.map((f) => [f.name, f.rows])).toEqual([
      ['contacts.csv', 2339],
      ['costs.csv', 396],
      ['courses.csv', 151],
      ['focus_areas.csv', 238],
      ['measurements.csv', 541],
    ]);
    expect(result.files[0].sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps an empty amount_dkk null and records administered instruments and non-blank items only', async () => {
    const result = await readBundleFromPath(SAMPLE_COHORT, testContext());
    if (!result.ok) throw new Error('sample cohort failed');
    const [first, second] = result.bundle.costs;
    expect(first).toEqual({ courseId: 'K219-00001', category: 'cti_support', fromMonth: 0, toMonth: 9, quantity: 77.4, unit: 'hour', unitCostDkk: 540, amountDkk: 41796 });
    expect(second.amountDkk).toBeNull();
    const m3 = result.bundle.measurements.find((m) => m.courseId === 'K219-00001' && m.timepoint === 'm3')!;
    expect(m3.instruments).toEqual(['rs', 'sds', 'wemwbs']);
    expect(m3.values.map((v) => v.item)).toEqual(['mental_health', 'physical_health', 'social_networks', 'work', 'relationships', 'addictive_behaviour', 'responsibilities', 'identity_self_esteem', 'trust_hope']);
  });

  it('keeps one copy of what recurs: an item value, the list of instruments', async () => {
    const result = await readBundleFromPath(SAMPLE_COHORT, testContext());
    if (!result.ok) throw new Error('sample cohort failed');
    const { measurements } = result.bundle;
    const [a, b] = measurements.filter((m) => m.values.some((v) => v.item === 'work' && v.value === 5));
    const work5 = (m: typeof a) => m.values.find((v) => v.item === 'work' && v.value === 5);
    expect(work5(a)).toBe(work5(b));
    expect(Object.isFrozen(work5(a))).toBe(true);
    expect(measurements[0].instruments).toBe(measurements[1].instruments);
  });

  it('reads sample cohort B without error', async () => {
    const result = await readBundleFromPath(SAMPLE_COHORT_B, testContext());
    expect(formattedErrors(result)).toEqual([]);
  });
});
