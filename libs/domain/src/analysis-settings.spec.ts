import { checkedHierarchy, DEFAULT_OUTCOME_HIERARCHY, hierarchyOf, MAX_KEY_SECONDARY, type OutcomeHierarchyInput } from './analysis-settings';
import { DomainError } from './domain-error';

const SCORES = ['wemwbs_total', 'sds_total', 'rs_mean', 'who5_total', 'swemwbs_total', 'honos_total'];
const refusal = (input: OutcomeHierarchyInput): { code: string; params: Record<string, unknown> } => {
  try {
    checkedHierarchy(input, SCORES);
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, params: error.params };
    throw error;
  }
  throw new Error('accepted');
};
const primary = (outcome: string, timepoint = 'm9') => ({ outcome, timepoint });

describe('the outcome hierarchy an evaluation stores', () => {
  it('takes the defaults when nothing is stored', () => {
    expect(hierarchyOf(null)).toEqual({ primary: { outcome: 'wemwbs_total', timepoint: 'm9' }, keySecondary: ['sds_total', 'rs_mean'] });
    expect(hierarchyOf({ hierarchy: { primary: { outcome: 'sds_total', timepoint: 'm18' }, keySecondary: [] } }).primary.outcome).toBe('sds_total');
  });

  it('accepts registry score outcomes at m9 or m18, and no secondaries at all', () => {
    expect(checkedHierarchy({ primary: primary('sds_total', 'm18'), keySecondary: ['wemwbs_total', 'rs_mean'] }, SCORES))
      .toEqual({ primary: { outcome: 'sds_total', timepoint: 'm18' }, keySecondary: ['wemwbs_total', 'rs_mean'] });
    expect(checkedHierarchy({ primary: primary('rs_mean'), keySecondary: [] }, SCORES).keySecondary).toEqual([]);
    expect(checkedHierarchy(DEFAULT_OUTCOME_HIERARCHY, SCORES)).toEqual(DEFAULT_OUTCOME_HIERARCHY);
  });

  it('refuses each problem with its code, naming the field', () => {
    expect(refusal({ primary: primary('rs_mental_health'), keySecondary: [] })).toEqual({
      code: 'analysis_settings.unknown_outcome', params: { field: 'primary.outcome', outcome: 'rs_mental_health', choices: SCORES.join(', ') },
    });
    expect(refusal({ primary: primary('wemwbs_total', 'm6'), keySecondary: [] })).toMatchObject({ code: 'analysis_settings.invalid_timepoint', params: { field: 'primary.timepoint', timepoint: 'm6' } });
    expect(refusal({ primary: primary('wemwbs_total'), keySecondary: ['sds_total', 'nope'] })).toMatchObject({ code: 'analysis_settings.unknown_outcome', params: { field: 'keySecondary[1]' } });
    expect(refusal({ primary: primary('wemwbs_total'), keySecondary: ['sds_total', 'rs_mean', 'sds_total'] })).toMatchObject({
      code: 'analysis_settings.duplicate_secondary', params: { field: 'keySecondary[2]', outcome: 'sds_total' },
    });
    expect(refusal({ primary: primary('sds_total'), keySecondary: ['rs_mean', 'sds_total'] })).toMatchObject({ code: 'analysis_settings.primary_as_secondary', params: { field: 'keySecondary[1]' } });
    const five = SCORES.filter((s) => s !== 'wemwbs_total');
    expect(five.length).toBe(MAX_KEY_SECONDARY + 1);
    expect(refusal({ primary: primary('wemwbs_total'), keySecondary: five })).toMatchObject({ code: 'analysis_settings.too_many_secondaries', params: { field: 'keySecondary', count: 5, max: 4 } });
  });

  it('says the problem in one line naming the field', () => {
    expect(() => checkedHierarchy({ primary: primary('wemwbs_total', 'm3'), keySecondary: [] }, SCORES)).toThrow("primary.timepoint: the primary timepoint is one of m9, m18, not 'm3'");
  });
});
