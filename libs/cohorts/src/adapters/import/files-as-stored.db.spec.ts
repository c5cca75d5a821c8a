import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { openCohortContext, FIXTURES } from '@cti/testing/cohort-context';
import { contextForBlock } from '@cti/testing/block-context';
import { testDatabases } from '@cti/testing/databases';
import { CohortImportService } from './cohort-import.service';

const SAMPLE = join(FIXTURES, 'sample-cohort');
const actor = 'test';
const COURSE = 'K219-00001';

/** A copy of the sample with some files rewritten. */
function bundleWith(edits: Record<string, (text: string) => string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cti-as-stored-'));
  cpSync(SAMPLE, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  return dir;
}

const withoutCourse = (text: string) => text.split('\n').filter((line) => !line.includes(`"${COURSE}"`)).join('\n');

describe.each(testDatabases())('re-import of files the last batch had, on $name PostgreSQL', ({ url }) => {
  const ctx = contextForBlock(() => openCohortContext(url));
  let imports: CohortImportService;
  let db: DataSource;
  beforeAll(() => {
    imports = ctx.get(CohortImportService);
    db = ctx.get(DataSource);
  });

  const contactMinutes = async (evaluation: string) =>
    (await db.query(
      `SELECT t.minutes FROM contact t JOIN course c ON c.id = t.course_id JOIN evaluation e ON e.id = c.evaluation_id
       WHERE e.slug = $1 AND c.course_code = $2 ORDER BY t.id LIMIT 1`, [evaluation, COURSE],
    ))[0]?.minutes as number | undefined;
  const tamperContact = (evaluation: string) =>
    db.query(
      `UPDATE contact SET minutes = 999 WHERE id = (SELECT min(t.id) FROM contact t JOIN course c ON c.id = t.course_id JOIN evaluation e ON e.id = c.evaluation_id
       WHERE e.slug = $1 AND c.course_code = $2)`, [evaluation, COURSE],
    );

  it('compares only the files that changed, trusting the others while nothing was written since', async () => {
    const evaluation = 'as-stored-trusted';
    expect((await imports.import({ kind: 'path', path: SAMPLE }, { actor, evaluation })).outcome).toBe('imported');
    const original = await contactMinutes(evaluation);
    // a change behind the platform's back (no new data version) is invisible to the short cut: it shows it was taken
    await tamperContact(evaluation);
    const r = await imports.import({ kind: 'path', path: bundleWith({ 'courses.csv': (t) => t.replace('"f",1966,', '"f",1967,') }) }, { actor, evaluation });
    expect(r.outcome).toBe('imported');
    expect(r.changes).toEqual([{ tableName: 'course', recordKey: 'K851-00001', field: 'birth_year', oldValue: '1966', newValue: '1967' }]);
    expect(r.counts.courses).toMatchObject({ updated: 1, unchanged: 150 });
    expect(r.counts.measurements).toEqual({ inBundle: 541, inserted: 0, updated: 0, deleted: 0, unchanged: 541 });
    expect(r.counts.measurement_values.unchanged).toBe(r.counts.measurement_values.inBundle);
    expect(r.counts.contacts).toEqual({ inBundle: 2339, inserted: 0, updated: 0, deleted: 0, unchanged: 2339 });
    expect(await contactMinutes(evaluation)).toBe(999);
    // once the data version moves (as every write through the platform does), the same files are compared again
    await db.query('UPDATE evaluation SET data_version = data_version + 1 WHERE slug = $1', [evaluation]);
    const again = await imports.import({ kind: 'path', path: SAMPLE }, { actor, evaluation });
    expect(again.counts.contacts.deleted).toBeGreaterThan(0);
    expect(again.counts.courses.updated).toBe(1);
    expect(await contactMinutes(evaluation)).toBe(original);
  });

  it('compares a course’s contacts, costs and focus areas when the bundle’s courses are not the last batch’s', async () => {
    const evaluation = 'as-stored-course-back';
    expect((await imports.import({ kind: 'path', path: SAMPLE }, { actor, evaluation })).outcome).toBe('imported');
    // the course leaves the bundle (kept, with its rows) and another takes its place, so the count stays at 151
    const optional = { 'contacts.csv': withoutCourse, 'costs.csv': withoutCourse, 'focus_areas.csv': withoutCourse, 'measurements.csv': withoutCourse };
    const without = bundleWith({ ...optional, 'courses.csv': (t) => t.replace(`"${COURSE}"`, '"K219-99999"') });
    const r2 = await imports.import({ kind: 'path', path: without }, { actor, evaluation });
    expect(r2.outcome).toBe('imported');
    expect(r2.coursesNotInBundle).toEqual([COURSE]);
    // back in the bundle with the same files as the last batch but courses.csv: its stored rows go, as the bundle says
    const back = bundleWith(optional);
    const r3 = await imports.import({ kind: 'path', path: back }, { actor, evaluation });
    expect(r3.coursesNotInBundle).toEqual(['K219-99999']);
    const sampleRows = (file: string) => readFileSync(join(SAMPLE, file), 'utf8').split('\n').filter((l) => l.includes(`"${COURSE}"`)).length;
    expect(r3.counts.contacts.deleted).toBe(sampleRows('contacts.csv'));
    expect(r3.counts.cost_lines.deleted).toBe(sampleRows('costs.csv'));
    expect(r3.counts.focus_areas.deleted).toBe(sampleRows('focus_areas.csv'));
    // readings are matched by course and timepoint, never removed by a bundle without them
    expect(r3.counts.measurements.deleted).toBe(0);
    expect(await contactMinutes(evaluation)).toBeUndefined();
  });
});
