// Bad zips, workbooks and uploads: each problem located, never a throw.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import type { ReadBundleResult } from './bundle-types';
import { readBundleFromPath, readBundleFromUploads } from './read-bundle';
import { BUNDLE_FILES, formattedErrors, SAMPLE_COHORT, testContext } from './bundle-test-support';

const sampleFiles = (folder = '') => Object.fromEntries(BUNDLE_FILES.map((file) => [folder + file, readFileSync(join(SAMPLE_COHORT, file))]));
const upload = (name: string, data: Uint8Array, ctx = testContext()) => readBundleFromUploads([{ name, data: Buffer.from(data) }], ctx);
const expectOnly = (result: ReadBundleResult, expected: string[]) => {
  expect(result.ok).toBe(false);
  expect(formattedErrors(result)).toEqual(expected);
};

describe('bad zips', () => {
  it('rejects files in nested folders, naming each', async () => {
    const result = await upload('cohort.zip', zipSync({ ...sampleFiles('cohort/'), 'cohort/old/courses.csv': strToU8('course_id\n') }));
    expectOnly(result, ['cohort.zip/cohort/old/courses.csv: is in a nested folder; put the CSV files at the top of the zip or in one folder']);
  });

  it('rejects files spread over several folders', async () => {
    const result = await upload('cohort.zip', zipSync({ 'a/courses.csv': sampleFiles()['courses.csv'], 'b/measurements.csv': sampleFiles()['measurements.csv'] }));
    expectOnly(result, ['cohort.zip: the files are spread over several folders (a, b); use one']);
  });

  it('rejects a member that is not CSV, and ignores macOS metadata', async () => {
    const result = await upload('cohort.zip', zipSync({ ...sampleFiles(), 'notes.txt': strToU8('hi'), '__MACOSX/._courses.csv': strToU8('x'), '.DS_Store': strToU8('x') }));
    expectOnly(result, ['notes.txt: not a CSV file (a bundle holds courses.csv, measurements.csv, costs.csv, contacts.csv, focus_areas.csv)']);
  });

  it('stops unpacking a zip bomb at the size cap', async () => {
    const bomb = zipSync({ 'courses.csv': new Uint8Array(50_000_000) }, { level: 9 });
    const result = await upload('bomb.zip', bomb, testContext({ maxUncompressedBytes: 10_000_000 }));
    expectOnly(result, ['bomb.zip: the archive unpacks to more than 10000000 bytes']);
  });

  it('reports junk named .zip as not a zip', async () => {
    expectOnly(await upload('cohort.zip', strToU8('this is not a zip at all')), ['cohort.zip: not a zip archive, or an empty one']);
  });
});

describe('bad workbooks', () => {
  it('locates cell problems as book.xlsx[sheet]:row:column and rejects unknown sheets', async () => {
    const workbook = new Workbook();
    const courses = workbook.addWorksheet('Courses');
    courses.addRow(['course_id', 'citizen_id', 'municipality_code', 'arm', 'start_date']);
    courses.addRow(['K1', 'P1', 101, 'cti', new Date('2016-01-02T00:00:00Z')]);
    courses.addRow(['K2', 'P2', 101, 'maybe', new Date('2016-01-02T00:00:00Z')]);
    workbook.addWorksheet('measurements').addRow(['course_id', 'timepoint', 'wemwbs_01']);
    workbook.getWorksheet('measurements')!.addRow(['K1', 'baseline', 6]);
    workbook.addWorksheet('Sheet1');
    const result = await upload('book.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    expectOnly(result, [
      'book.xlsx[Sheet1]: unknown sheet (sheets are named like the files courses.csv, measurements.csv, costs.csv, contacts.csv, focus_areas.csv, without .csv)',
      'book.xlsx[Courses]:3:arm: \'maybe\' is not one of cti, control',
      "book.xlsx[measurements]:2:wemwbs_01: 6 is outside wemwbs 01's range 1–5",
    ]);
  });

  it('reports a missing required sheet by its sheet location', async () => {
    const workbook = new Workbook();
    workbook.addWorksheet('courses').addRow(['course_id', 'citizen_id', 'municipality_code', 'arm', 'start_date']);
    expectOnly(await upload('book.xlsx', Buffer.from(await workbook.xlsx.writeBuffer())), ['book.xlsx[measurements]: required file is missing']);
  });

  it('reports junk named .xlsx as unreadable', async () => {
    const result = await upload('book.xlsx', strToU8('junk'));
    expect(formattedErrors(result)).toEqual([expect.stringMatching(/^book\.xlsx: not a readable \.xlsx workbook/)]);
  });
});

describe('bad uploads and paths', () => {
  it('rejects a mix of CSV files and an archive', async () => {
    const result = await readBundleFromUploads([{ name: 'courses.csv', data: Buffer.from('x') }, { name: 'more.zip', data: Buffer.from('x') }], testContext());
    expectOnly(result, ['more.zip: upload either CSV files, or one .zip, or one .xlsx, not a mix']);
  });

  it('rejects an empty upload and a second copy of a file', async () => {
    expectOnly(await readBundleFromUploads([], testContext()), ['(upload): no files were uploaded']);
    const twice = await readBundleFromUploads(
      ['courses.csv', 'measurements.csv', 'Courses.CSV'].map((name) => ({ name, data: readFileSync(join(SAMPLE_COHORT, name.toLowerCase())) })),
      testContext(),
    );
    expectOnly(twice, ['Courses.CSV: a second courses.csv in the bundle']);
  });

  it('rejects a path that does not exist or is no bundle', async () => {
    expectOnly(await readBundleFromPath('/nonexistent/cohort', testContext()), ['/nonexistent/cohort: no such file or folder']);
    expectOnly(await readBundleFromPath(join(SAMPLE_COHORT, 'reference.json'), testContext()), ['reference.json: a bundle is a folder of CSV files, a .zip or an .xlsx']);
  });
});
