import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import type { CohortBundle } from '@cti/domain';
import { openCohortContext, FIXTURES } from '@cti/testing/cohort-context';
import { contextForBlock } from '@cti/testing/block-context';
import { testDatabases } from '@cti/testing/databases';
import { tableCounts } from '@cti/testing/reset-database';
import { CohortExportService } from '../export/cohort-export.service';
import { CohortImportService, type ImportResult } from './cohort-import.service';

const SAMPLE = join(FIXTURES, 'sample-cohort');
const DATA_TABLES = ['evaluation', 'citizen', 'worker', 'course', 'measurement', 'measurement_value', 'cost_line', 'contact', 'focus_area', 'import_change'];
const actor = 'test';

function bundleCounts(r: ImportResult): number[] {
  return [r.counts.courses.inBundle, r.counts.measurements.inBundle, r.counts.cost_lines.inBundle, r.counts.contacts.inBundle, r.counts.focus_areas.inBundle];
}

/** A bundle with every table in one order: rows are a set, the file order carries no meaning. */
function canonical(bundle: CohortBundle): Record<string, string[]> {
  const measurements = bundle.measurements.map((m) => ({
    ...m, instruments: [...m.instruments].sort(), values: [...m.values].sort((a, b) => `${a.instrument}_${a.item}`.localeCompare(`${b.instrument}_${b.item}`)),
  }));
  return Object.fromEntries(Object.entries({ ...bundle, measurements }).map(([table, rows]) => [table, (rows as object[]).map((r) => JSON.stringify(r)).sort()]));
}

const byKey = (c: { tableName: string; recordKey: string; field: string }) => `${c.tableName} ${c.recordKey} ${c.field}`;

function scratchCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cti-bundle-'));
  cpSync(SAMPLE, dir, { recursive: true });
  return dir;
}

describe.each(testDatabases())('cohort import on $name PostgreSQL', ({ url }) => {
  const ctx = contextForBlock(() => openCohortContext(url));
  let imports: CohortImportService;

  beforeAll(async () => {
    imports = ctx.get(CohortImportService);
  });

  it('imports the sample cohort with the counts of the format', async () => {
    const r = await imports.import({ kind: 'path', path: SAMPLE }, { actor });
    expect(r.errors).toEqual([]);
    expect(r.outcome).toBe('imported');
    expect(bundleCounts(r)).toEqual([151, 541, 396, 2339, 238]);
    expect(r.counts.courses.inserted).toBe(151);
    expect(r.counts.contacts.inserted).toBe(2339);
    const counts = await tableCounts(url, ['course', 'measurement', 'cost_line', 'contact', 'focus_area', 'import_batch']);
    expect(counts).toEqual({ course: 151, measurement: 541, cost_line: 396, contact: 2339, focus_area: 238, import_batch: 1 });
  });

  it('changes nothing when the same bundle is imported again', async () => {
    const before = await tableCounts(url, DATA_TABLES);
    const r = await imports.import({ kind: 'path', path: SAMPLE }, { actor });
    expect(r.outcome).toBe('unchanged');
    expect([...r.changes].sort((a, b) => byKey(a).localeCompare(byKey(b)))).toEqual([]);
    expect(r.counts.courses).toMatchObject({ inserted: 0, updated: 0, deleted: 0, unchanged: 151 });
    expect(await tableCounts(url, DATA_TABLES)).toEqual(before);
  });

  it('imports the Danish-Excel variant as the same data (a no-op after the sample)', async () => {
    const r = await imports.import({ kind: 'path', path: join(FIXTURES, 'sample-cohort-dk') }, { actor });
    expect(r.errors).toEqual([]);
    expect(bundleCounts(r)).toEqual([151, 541, 396, 2339, 238]);
    expect(r.outcome).toBe('unchanged');
  });

  it('rejects a bad bundle with located errors and writes nothing', async () => {
    const dir = scratchCopy();
    const courses = readFileSync(join(dir, 'courses.csv'), 'utf8').split('\n');
    courses[3] = courses[3].replace('"P5a2de1f2"', '"0101701234"'); // a CPR number as citizen id, on line 4
    writeFileSync(join(dir, 'courses.csv'), courses.join('\n'));
    const before = await tableCounts(url, DATA_TABLES);
    const r = await imports.import({ kind: 'path', path: dir }, { actor });
    expect(r.outcome).toBe('rejected');
    expect(r.errors).toEqual([expect.stringMatching(/^courses\.csv:4:citizen_id: /)]);
    expect(r.errors[0]).not.toContain('0101701234');
    expect(await tableCounts(url, DATA_TABLES)).toEqual(before);
  });

  it('a dry run reports what would change and writes nothing', async () => {
    const dir = scratchCopy();
    const courses = readFileSync(join(dir, 'courses.csv'), 'utf8').replace('"K851-00001","P17bd8424",851,"control","housing","","f",1966', '"K851-00001","P17bd8424",851,"control","housing","","f",1967');
    writeFileSync(join(dir, 'courses.csv'), courses);
    const before = await tableCounts(url, DATA_TABLES);
    const r = await imports.import({ kind: 'path', path: dir }, { actor, dryRun: true });
    expect(r.counts.courses.updated).toBe(1);
    expect(await tableCounts(url, DATA_TABLES)).toEqual(before);
  });

  it('updates and records a changed value on re-import', async () => {
    const dir = scratchCopy();
    const courses = readFileSync(join(dir, 'courses.csv'), 'utf8').replace('"K851-00001","P17bd8424",851,"control","housing","","f",1966', '"K851-00001","P17bd8424",851,"control","housing","","f",1967');
    writeFileSync(join(dir, 'courses.csv'), courses);
    const r = await imports.import({ kind: 'path', path: dir }, { actor });
    expect(r.outcome).toBe('imported');
    expect(r.counts.courses).toMatchObject({ updated: 1, unchanged: 150, inserted: 0 });
    expect([...r.changes].sort((a, b) => byKey(a).localeCompare(byKey(b)))).toEqual([{ tableName: 'course', recordKey: 'K851-00001', field: 'birth_year', oldValue: '1966', newValue: '1967' }]);
    const ds = ctx.get(DataSource);
    const recorded = await ds.query('SELECT table_name, record_key, field, old_value, new_value FROM import_change WHERE batch_id = $1', [r.batchId]);
    expect(recorded).toEqual([{ table_name: 'course', record_key: 'K851-00001', field: 'birth_year', old_value: '1966', new_value: '1967' }]);
    // and back again, so the rest of the file sees the sample as it is
    expect((await imports.import({ kind: 'path', path: SAMPLE }, { actor })).counts.courses.updated).toBe(1);
  });

  it('updates, blanks and adds item values and replaces a changed contact, recording each change once', async () => {
    const dir = scratchCopy();
    const measurements = readFileSync(join(dir, 'measurements.csv'), 'utf8')
      .replace('"K219-00001","baseline","2016-01-30",4,3,4,', '"K219-00001","baseline","2016-01-30",5,,4,')
      .replace('"K219-00001","m3","2016-04-20",4,4,,', '"K219-00001","m3","2016-04-21",4,4,7,');
    writeFileSync(join(dir, 'measurements.csv'), measurements);
    writeFileSync(join(dir, 'contacts.csv'), readFileSync(join(dir, 'contacts.csv'), 'utf8').replace('"K219-00001","2016-01-26",60,"phone"', '"K219-00001","2016-01-26",45,"phone"'));
    const r = await imports.import({ kind: 'path', path: dir }, { actor });
    expect(r.outcome).toBe('imported');
    expect(r.counts.measurements).toMatchObject({ updated: 2, inserted: 0, unchanged: 539 });
    expect(r.counts.measurement_values).toMatchObject({ updated: 1, deleted: 1, inserted: 1 });
    // every other staged value is equal to the stored one (the blanked value is not in the bundle)
    expect(r.counts.measurement_values.unchanged).toBe(r.counts.measurement_values.inBundle - 2);
    const contactsOfCourse = r.counts.contacts.deleted;
    expect(r.counts.contacts.inserted).toBe(contactsOfCourse);
    expect(r.counts.contacts.unchanged).toBe(2339 - contactsOfCourse);
    expect([...r.changes].sort((a, b) => byKey(a).localeCompare(byKey(b)))).toEqual([
      { tableName: 'measurement_value', recordKey: 'K219-00001/baseline', field: 'rs_mental_health', oldValue: '4', newValue: '5' },
      { tableName: 'measurement_value', recordKey: 'K219-00001/baseline', field: 'rs_physical_health', oldValue: '3', newValue: null },
      { tableName: 'measurement', recordKey: 'K219-00001/m3', field: 'date', oldValue: '2016-04-20', newValue: '2016-04-21' },
      { tableName: 'measurement_value', recordKey: 'K219-00001/m3', field: 'rs_living_skills', oldValue: null, newValue: '7' },
      { tableName: 'contact', recordKey: 'K219-00001', field: '(rows)', oldValue: '2016-01-26|60|phone|', newValue: '2016-01-26|45|phone|' },
    ].sort((a, b) => byKey(a).localeCompare(byKey(b))));
    const recorded = await ctx.get(DataSource).query('SELECT count(*)::int AS n FROM import_change WHERE batch_id = $1', [r.batchId]);
    expect(recorded[0].n).toBe(5);
    const back = await imports.import({ kind: 'path', path: SAMPLE }, { actor });
    expect(back.counts.measurement_values).toMatchObject({ updated: 1, deleted: 1, inserted: 1 });
    expect((await imports.import({ kind: 'path', path: SAMPLE }, { actor })).outcome).toBe('unchanged');
  });

  it('leaves no evaluation behind when an import into a new evaluation is rejected or a dry run', async () => {
    const dir = scratchCopy();
    writeFileSync(join(dir, 'courses.csv'), readFileSync(join(dir, 'courses.csv'), 'utf8').replace('"P5a2de1f2"', '"0101701234"'));
    const evaluations = async () => (await tableCounts(url, ['evaluation'])).evaluation;
    const before = await evaluations();
    expect((await imports.import({ kind: 'path', path: dir }, { actor, evaluation: 'never-rejected', claimFor: 1 })).outcome).toBe('rejected');
    const dry = await imports.import({ kind: 'path', path: SAMPLE }, { actor, evaluation: 'never-dry', dryRun: true });
    expect(dry.counts.courses.inserted).toBe(151);
    expect(await evaluations()).toBe(before);
  });

  it('leaves stored rows of an optional file alone when a re-import does not include that file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cti-partial-'));
    for (const f of ['courses.csv', 'measurements.csv']) cpSync(join(SAMPLE, f), join(dir, f));
    const r = await imports.import({ kind: 'path', path: dir }, { actor });
    expect(r.outcome).toBe('unchanged');
    expect(await tableCounts(url, ['cost_line', 'contact', 'focus_area'])).toEqual({ cost_line: 396, contact: 2339, focus_area: 238 });
  });

  it('exports a bundle that imports back unchanged (lossless round trip)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cti-export-'));
    const files = await ctx.get(CohortExportService).exportTo(dir);
    expect(files.sort()).toEqual(['contacts.csv', 'costs.csv', 'courses.csv', 'focus_areas.csv', 'measurements.csv']);
    const r = await imports.import({ kind: 'path', path: dir }, { actor });
    expect(r.errors).toEqual([]);
    expect(r.outcome).toBe('unchanged');
    const reread = await imports.read({ kind: 'path', path: dir });
    const original = await imports.read({ kind: 'path', path: SAMPLE });
    expect(reread.ok && original.ok).toBe(true);
    if (reread.ok && original.ok) expect(canonical(reread.bundle)).toEqual(canonical(original.bundle));
  });
});
