import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareWithReference } from '../../../libs/analytics/src/testing/compare-reference';
import { FIXTURES } from '@cti/testing/cohort-context';
import { testDatabases } from '@cti/testing/databases';
import { resetDatabase } from '@cti/testing/reset-database';
import { runCli } from './main';

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `cti-outcomes …` in this process, capturing its output and exit code as a user would see them. */
async function cli(...args: string[]): Promise<CliRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const outSpy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => (stdout.push(String(chunk)), true));
  const errSpy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => (stderr.push(String(chunk)), true));
  process.exitCode = 0;
  try {
    await runCli(['node', 'cti-outcomes', ...args]);
    return { code: Number(process.exitCode ?? 0), stdout: stdout.join(''), stderr: stderr.join('') };
  } finally {
    outSpy.mockRestore();
    errSpy.mockRestore();
    process.exitCode = 0;
  }
}

describe.each(testDatabases())('cti-outcomes CLI on $name PostgreSQL', ({ url }) => {
  const previous = process.env.DATABASE_URL;
  beforeAll(async () => {
    await resetDatabase(url);
    process.env.DATABASE_URL = url;
  });
  afterAll(() => {
    process.env.DATABASE_URL = previous;
  });

  it('imports the sample cohort and prints the counts as JSON', async () => {
    const run = await cli('import', join(FIXTURES, 'sample-cohort'), '--json');
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary.outcome).toBe('imported');
    const c = summary.counts;
    expect([c.courses.inBundle, c.measurements.inBundle, c.cost_lines.inBundle, c.contacts.inBundle, c.focus_areas.inBundle]).toEqual([151, 541, 396, 2339, 238]);
  });

  it('re-import and the Danish-Excel variant change nothing', async () => {
    for (const bundle of ['sample-cohort', 'sample-cohort-dk']) {
      const run = await cli('import', join(FIXTURES, bundle), '--json');
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout).outcome).toBe('unchanged');
    }
  });

  it('rejects a bad bundle with located errors on stderr and a non-zero exit code', async () => {
    const run = await cli('import', join(FIXTURES, 'sample-cohort', 'reference.json'));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/reference\.json/);
    expect(run.stderr).toMatch(/nothing was written/);
  });

  it('report --json agrees with reference.json in every figure', async () => {
    const run = await cli('report', '--json', '--bootstrap', '0', '--discount-rate', '0');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    const reference = JSON.parse(readFileSync(join(FIXTURES, 'sample-cohort', 'reference.json'), 'utf8'));
    expect(compareWithReference(reference, report).mismatches).toEqual([]);
    expect(report.metadata.snapshot.id).toBe('default@v1');
  });

  it('report filters by municipality and says so', async () => {
    const run = await cli('report', '--json', '--municipality', '851', '--bootstrap', '0');
    const report = JSON.parse(run.stdout);
    expect(report.metadata.filters.municipalityCode).toBe(851);
    expect(report.costs[0].n.cti + report.costs[0].n.control).toBeLessThan(151);
  });

  it('report --charts writes every chart as SVG and Vega-Lite next to the report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cti-charts-'));
    const run = await cli('report', '--bootstrap', '100', '--out', join(dir, 'report.txt'), '--charts', dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/18 chart files written/);
    const files = readdirSync(dir);
    for (const chart of ['progression', 'comparison', 'ce-plane', 'ceac', 'recovery-star-ladder', 'costs', 'municipality-costs', 'phase-lengths', 'intensity']) {
      expect(files).toEqual(expect.arrayContaining([`${chart}.svg`, `${chart}.vl.json`]));
      expect(readFileSync(join(dir, `${chart}.svg`), 'utf8')).toMatch(/^<svg/);
    }
    expect(JSON.parse(readFileSync(join(dir, 'ceac.vl.json'), 'utf8')).data.values).toHaveLength(101);
    expect(files).toContain('report.txt');
  });

  it('refuses a malformed option before touching the database', async () => {
    const run = await cli('report', '--municipality', 'Aalborg');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/3-digit municipality code/);
  });

  it('exports a bundle that re-imports as a no-op', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cti-cli-export-'));
    expect((await cli('export', dir)).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['contacts.csv', 'costs.csv', 'courses.csv', 'focus_areas.csv', 'measurements.csv']);
    const run = await cli('import', dir, '--json');
    expect(JSON.parse(run.stdout).outcome).toBe('unchanged');
  });

  it('exports the wide analysis dataset: one row per course, its codebook, Parquet and xlsx', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cti-cli-wide-'));
    const run = await cli('export', '--wide', dir, '--discount-rate', '0');
    expect(run.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['default-analysis-codebook.csv', 'default-analysis-codebook.parquet', 'default-analysis-data.csv', 'default-analysis-data.parquet', 'default-analysis.xlsx']);
    const lines = readFileSync(join(dir, 'default-analysis-data.csv'), 'utf8').trimEnd().split('\n');
    expect(run.stderr + run.stdout).toContain(`wrote ${lines.length - 1} courses`);
    expect(lines[0].startsWith('course_id,citizen_id,municipality_code,arm')).toBe(true);
  });

  it('settings prints the outcome hierarchy, changes it, and the report follows; a bad value is one line from the catalogue', async () => {
    expect((await cli('settings')).stdout).toBe('evaluation default (defaults: nothing stored)\nprimary outcome: wemwbs_total at m9\nkey secondary outcomes: sds_total, rs_mean\n');
    const set = await cli('settings', '--primary', 'sds_total', '--timepoint', 'm18', '--secondary', 'wemwbs_total,rs_mean');
    expect(set.code).toBe(0);
    expect(set.stdout).toBe('evaluation default\nprimary outcome: sds_total at m18\nkey secondary outcomes: wemwbs_total, rs_mean\n');
    const bad = await cli('settings', '-e', 'default', '--timepoint', 'm6');
    expect([bad.code, bad.stderr]).toEqual([1, "error [analysis_settings.invalid_timepoint]: primary.timepoint: the primary timepoint is one of m9, m18, not 'm6'\n"]);
    const lang = process.env.LANG;
    process.env.LANG = 'da_DK.UTF-8';
    try {
      expect((await cli('settings', '--secondary', 'sds_total')).stderr).toMatch(/^error \[analysis_settings\.primary_as_secondary\]: keySecondary\[0\]: 'sds_total' er det primære udfald/);
    } finally {
      process.env.LANG = lang;
    }
    expect(JSON.parse((await cli('settings', '--json')).stdout).hierarchy).toEqual({ primary: { outcome: 'sds_total', timepoint: 'm18' }, keySecondary: ['wemwbs_total', 'rs_mean'] });
    const report = JSON.parse((await cli('report', '--json', '--bootstrap', '0')).stdout);
    expect(report.outcome_hierarchy.primary).toEqual({ outcome: 'sds_total', timepoint: 'm18' });
    expect(report.comparison.find((c: { outcome: string; timepoint: string }) => c.outcome === 'sds_total' && c.timepoint === 'm18').role).toBe('primary');
  });
});
