// The outcome hierarchy stored with an evaluation: checked against the registry, audited, and followed by the reports
// (roles, Holm family, the suppressed view too) without a new data version.
import type { INestApplicationContext } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AnalysisSettingsService, CohortImportService } from '@cti/cohorts';
import { DomainError, SYSTEM_SCOPE, type AccessScope, type OutcomeHierarchyInput } from '@cti/domain';
import { FIXTURES } from '@cti/testing/cohort-context';
import { testDatabases } from '@cti/testing/databases';
import { openReportingContext } from '@cti/testing/reporting-context';
import { ReportService } from './report.service';

const SLUG = 'sample-cohort';
const NO_BOOTSTRAP = { costEffectiveness: { bootstrapIterations: 0 } };
const scope = (role: AccessScope['role'], evaluationSlugs: AccessScope['evaluationSlugs'], suppress = false): AccessScope => ({
  userId: null, actor: `settings-test-${role}`, role, municipalityCodes: 'all', evaluationSlugs, registerReads: [], registerWrites: [], rowLevel: !suppress, suppressSmallCells: suppress,
});
const MEMBER = scope('evaluator', [SLUG]);
const OUTSIDER = scope('evaluator', []);
const AGENCY = scope('agency', 'all', true);
/** R: test/reference/extended-reference.R (p.adjust(p, "holm") over the m18 ANCOVA p of this family). */
const R_M18 = JSON.parse(readFileSync(join(FIXTURES, SLUG, 'reference-hierarchy-m18.json'), 'utf8')) as {
  hierarchy: OutcomeHierarchyInput; comparison: { outcome: string; timepoint: string; role: string; ancova_p: number; p_holm: number; holm_family_size: number }[];
};

async function codeOf(work: Promise<unknown>): Promise<string> {
  const error = await work.then(() => null, (e: unknown) => e);
  if (!(error instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(error)}`);
  return error.code;
}

describe.each(testDatabases())('analysis settings of an evaluation ($name PostgreSQL)', ({ url }) => {
  let ctx: INestApplicationContext;
  let settings: AnalysisSettingsService;
  let reports: ReportService;
  const stored = async () => (await ctx.get(DataSource).query('SELECT analysis_settings FROM evaluation WHERE slug = $1', [SLUG]))[0].analysis_settings;

  beforeAll(async () => {
    ctx = await openReportingContext(url);
    const r = await ctx.get(CohortImportService).import({ kind: 'path', path: join(FIXTURES, SLUG) }, { actor: 'test', evaluation: SLUG });
    expect(r.errors).toEqual([]);
    settings = ctx.get(AnalysisSettingsService);
    reports = ctx.get(ReportService);
  });
  afterAll(async () => ctx?.close());

  it('has the defaults until something is stored, and the report says them', async () => {
    expect(await settings.get(MEMBER, SLUG)).toEqual({ evaluation: SLUG, stored: false, hierarchy: { primary: { outcome: 'wemwbs_total', timepoint: 'm9' }, keySecondary: ['sds_total', 'rs_mean'] } });
    const report = await reports.fullReport(SYSTEM_SCOPE, SLUG, NO_BOOTSTRAP);
    expect(report.outcome_hierarchy.primary).toEqual({ outcome: 'wemwbs_total', timepoint: 'm9' });
    expect(report.comparison.filter((c) => c.role !== 'exploratory').map((c) => `${c.outcome}@${c.timepoint}:${c.role}`).sort())
      .toEqual(['rs_mean@m9:key_secondary', 'sds_total@m9:key_secondary', 'wemwbs_total@m9:primary']);
  });

  it.each([
    ['an item outcome', { primary: { outcome: 'rs_mental_health', timepoint: 'm9' }, keySecondary: [] }, 'analysis_settings.unknown_outcome'],
    ['an unknown secondary', { primary: { outcome: 'sds_total', timepoint: 'm9' }, keySecondary: ['wemwbs_totl'] }, 'analysis_settings.unknown_outcome'],
    ['timepoint m6', { primary: { outcome: 'sds_total', timepoint: 'm6' }, keySecondary: [] }, 'analysis_settings.invalid_timepoint'],
    ['a duplicate', { primary: { outcome: 'sds_total', timepoint: 'm9' }, keySecondary: ['rs_mean', 'rs_mean'] }, 'analysis_settings.duplicate_secondary'],
    ['the primary as secondary', { primary: { outcome: 'sds_total', timepoint: 'm9' }, keySecondary: ['sds_total'] }, 'analysis_settings.primary_as_secondary'],
  ])('refuses %s and stores nothing', async (_name, input, code) => {
    expect(await codeOf(settings.set(MEMBER, SLUG, input))).toBe(code);
    expect(await stored()).toBeNull();
  });

  it('lets no one but a member evaluator change them, and audits the refusals', async () => {
    expect(await codeOf(settings.set(OUTSIDER, SLUG, R_M18.hierarchy))).toBe('evaluation.not_found');
    expect(await codeOf(settings.get(OUTSIDER, SLUG))).toBe('evaluation.not_found');
    expect(await codeOf(settings.set(AGENCY, SLUG, R_M18.hierarchy))).toBe('analysis_settings.evaluators_only');
    expect(await codeOf(settings.get(MEMBER, 'nobody-knows'))).toBe('evaluation.not_found');
    expect(await stored()).toBeNull();
    const denied = await ctx.get(DataSource).query(`SELECT actor FROM audit_event WHERE action LIKE 'settings.%' AND outcome = 'denied' ORDER BY id`);
    expect(denied.map((r: { actor: string }) => r.actor)).toEqual(['settings-test-evaluator', 'settings-test-evaluator', 'settings-test-agency', 'settings-test-evaluator']);
  });

  it('stores sds_total at m18 and the reports follow: roles, and Holm as R computes it, in the same data version', async () => {
    const before = await reports.fullReport(SYSTEM_SCOPE, SLUG, NO_BOOTSTRAP);
    expect(await settings.set(MEMBER, SLUG, R_M18.hierarchy)).toEqual({ evaluation: SLUG, stored: true, hierarchy: R_M18.hierarchy });
    expect(await stored()).toEqual({ hierarchy: R_M18.hierarchy });
    const audit = await ctx.get(DataSource).query(`SELECT actor, detail FROM audit_event WHERE action = 'settings.change' AND outcome = 'ok'`);
    expect(audit).toEqual([{ actor: 'settings-test-evaluator', detail: { before: before.outcome_hierarchy, after: R_M18.hierarchy } }]);

    const after = await reports.fullReport(SYSTEM_SCOPE, SLUG, NO_BOOTSTRAP);
    expect(after.metadata.snapshot.id).toBe(before.metadata.snapshot.id); // no new data version: the cache key names the settings
    expect(after.outcome_hierarchy).toEqual(R_M18.hierarchy);
    const confirmatory = after.comparison.filter((c) => c.role !== 'exploratory');
    expect(confirmatory.map((c) => ({ outcome: c.outcome, timepoint: c.timepoint, role: c.role, holm_family_size: c.holm_family_size })))
      .toEqual(expect.arrayContaining(R_M18.comparison.map(({ outcome, timepoint, role, holm_family_size }) => ({ outcome, timepoint, role, holm_family_size }))));
    expect(confirmatory).toHaveLength(3);
    for (const r of R_M18.comparison) {
      const row = confirmatory.find((c) => c.outcome === r.outcome)!;
      expect(row.ancova_p).toBeCloseTo(r.ancova_p, 10);
      expect(row.p_holm).toBeCloseTo(r.p_holm, 10);
    }
    expect(after.comparison.filter((c) => c.timepoint === 'm9').every((c) => c.role === 'exploratory' && c.p_holm === null)).toBe(true);
    expect(after.mmrm.filter((m) => m.role === 'primary').map((m) => `${m.outcome}@${m.timepoint}`)).toEqual(['sds_total@m18']);
  });

  // the disclosure pattern is computed over every municipality × target group view: slow on a shared machine
  it("shows the agency's suppressed view (its own cache entries and disclosure pattern) the stored settings too", async () => {
    const published = await reports.report(AGENCY, SLUG, NO_BOOTSTRAP);
    expect(published.outcome_hierarchy).toEqual(R_M18.hierarchy);
    expect((published.comparison as { outcome: string; timepoint: string; role: string }[]).find((c) => c.outcome === 'sds_total' && c.timepoint === 'm18')?.role).toBe('primary');
  }, 180_000);

  it('keeps the old settings after a refused change', async () => {
    expect(await codeOf(settings.set(MEMBER, SLUG, { primary: { outcome: 'sds_total', timepoint: 'm18' }, keySecondary: ['who5_index', 'rs_mean', 'wemwbs_total', 'swemwbs_metric', 'rs_mean'] }))).toBe('analysis_settings.too_many_secondaries');
    expect((await settings.get(AGENCY, SLUG)).hierarchy).toEqual(R_M18.hierarchy);
  });
});
