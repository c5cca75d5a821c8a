// Safe text: control, bidirectional and zero-width characters are refused where they stand; formula-looking text
// is neutralised in CSV and xlsx exports and read back unchanged.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workbook, ValueType } from 'exceljs';
import type { CohortBundle } from '@cti/domain';
import { readBundleFromPath, readBundleFromUploads } from './read-bundle';
import { copyOfSampleCohort, formattedErrors, removeTempDirs, SAMPLE_COHORT, tempDir, testContext } from './bundle-test-support';
import { writeBundle } from './writer/write-bundle';
import { writeBundleXlsx } from './writer/write-bundle-xlsx';

afterAll(removeTempDirs);

describe('unsafe characters in a bundle', () => {
  it('are refused as file:row:column in ids and free text alike, and nothing is read', async () => {
    const dir = copyOfSampleCohort();
    const path = join(dir, 'courses.csv');
    const lines = readFileSync(path, 'utf8').split('\n');
    lines[1] = lines[1].replace('"K851-00001"', '"K851\u200B-00001"').replace('"P17bd8424"', '"P17bd\u001b[2J8424"');
    lines[2] = lines[2].replace('"K253-00001"', '"K253-00001\u202Efdp.exe"');
    writeFileSync(path, lines.join('\n'));
    const contacts = join(dir, 'contacts.csv');
    writeFileSync(contacts, readFileSync(contacts, 'utf8').replace('"phone"', '"phone\u0007"'));
    const result = await readBundleFromPath(dir, testContext());
    expect(result.ok).toBe(false);
    expect(formattedErrors(result).filter((e) => /characters$/.test(e)).sort()).toEqual([
      'contacts.csv:2:mode: holds a control character (U+0007) at character 6; ids and texts may not hold control, bidirectional or zero-width characters',
      'courses.csv:2:citizen_id: holds a control character (U+001B) at character 6; ids and texts may not hold control, bidirectional or zero-width characters',
      'courses.csv:2:course_id: holds a zero-width character (U+200B) at character 5; ids and texts may not hold control, bidirectional or zero-width characters',
      'courses.csv:3:course_id: holds a bidirectional control (U+202E) at character 11; ids and texts may not hold control, bidirectional or zero-width characters',
    ]);
  });

  it('are refused inside a quoted field across lines', async () => {
    const dir = copyOfSampleCohort();
    const path = join(dir, 'courses.csv');
    writeFileSync(path, readFileSync(path, 'utf8').replace('"K851-00001"', '"K851\n-00001"'));
    expect(formattedErrors(await readBundleFromPath(dir, testContext()))).toContain(
      'courses.csv:2:course_id: holds a control character (U+000A) at character 5; ids and texts may not hold control, bidirectional or zero-width characters');
  });
});

describe('formula-looking text in exports', () => {
  const hostile = ['=HYPERLINK("http://evil.example","x")', '+cmd|\' /C calc\'!A0', '-2+3', '@SUM(A1:A2)', "'=already quoted"];
  let original: CohortBundle;

  beforeAll(async () => {
    const sample = await readBundleFromPath(SAMPLE_COHORT, testContext());
    if (!sample.ok) throw new Error('sample did not read');
    // The first courses get hostile ids, workers and citizens; their measurements, costs, contacts and focus areas follow.
    const renamed = new Map(sample.bundle.courses.slice(0, hostile.length).map((c, i) => [c.courseId, hostile[i]]));
    const id = (courseId: string) => renamed.get(courseId) ?? courseId;
    const b = sample.bundle;
    original = {
      courses: b.courses.map((c, i) => (renamed.has(c.courseId) ? { ...c, courseId: id(c.courseId), citizenId: `${hostile[i]}-c`, workerId: hostile[(i + 1) % hostile.length] } : c)),
      measurements: b.measurements.map((m) => ({ ...m, courseId: id(m.courseId) })),
      costs: b.costs.map((c) => ({ ...c, courseId: id(c.courseId) })),
      contacts: b.contacts.map((c) => ({ ...c, courseId: id(c.courseId) })),
      focusAreas: b.focusAreas.map((f) => ({ ...f, courseId: id(f.courseId) })),
    };
  });

  it('CSV: each is written with a leading quote, numbers are not, and the import reads the export back unchanged', async () => {
    const dir = tempDir();
    await writeBundle(original, testContext().instruments, dir);
    const courses = readFileSync(join(dir, 'courses.csv'), 'utf8');
    expect(courses).toContain('"\'=HYPERLINK(""http://evil.example"",""x"")"');
    expect(courses).toMatch(/\n'\+cmd\|/);
    expect(courses).toMatch(/\n'-2\+3,/);
    expect(courses).toMatch(/\n'@SUM\(A1:A2\),/);
    expect(courses).toMatch(/\n''=already quoted,/);
    expect(courses).not.toMatch(/(^|\n|,)[=+@-]/); // no cell starts with a formula character
    const back = await readBundleFromPath(dir, testContext());
    expect(back.ok && back.bundle).toEqual(original);
  });

  it('xlsx: each is a string cell (never a formula), neutralised, and reads back unchanged', async () => {
    const data = await writeBundleXlsx(original, testContext().instruments);
    const workbook = new Workbook();
    await workbook.xlsx.load(data as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const cell = workbook.getWorksheet('courses')!.getCell('A2');
    expect(cell.type).toBe(ValueType.String);
    expect(cell.value).toBe('\'=HYPERLINK("http://evil.example","x")');
    expect(workbook.getWorksheet('courses')!.getCell('C2').type).toBe(ValueType.Number); // municipality_code stays a number
    const back = await readBundleFromUploads([{ name: 'export.xlsx', data }], testContext());
    expect(back.ok && back.bundle).toEqual(original);
  });
});
