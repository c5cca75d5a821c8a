// Row and size limits hold while a bundle is unpacked and parsed, before it is in memory: each refusal located.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { readBundleFromPath, readBundleFromUploads } from '../read-bundle';
import { BUNDLE_FILES, copyOfSampleCohort, formattedErrors, removeTempDirs, SAMPLE_COHORT, testContext } from '../bundle-test-support';

const sample = Object.fromEntries(BUNDLE_FILES.map((file) => [file, readFileSync(join(SAMPLE_COHORT, file))]));
const SAMPLE_ROWS = 151 + 541 + 396 + 2339 + 238;
const contacts = (rows: number) => strToU8('course_id,date,minutes,mode\n' + 'K851-00001,2016-01-26,60,phone\n'.repeat(rows));
const upload = (name: string, data: Uint8Array, overrides = {}) => readBundleFromUploads([{ name, data: Buffer.from(data) }], testContext(overrides));

afterAll(removeTempDirs);

describe('the row limit (CTI_MAX_IMPORT_ROWS)', () => {
  it('counts all files together: the sample is read at exactly its rows and refused at one fewer', async () => {
    expect((await readBundleFromPath(SAMPLE_COHORT, testContext({ maxRows: SAMPLE_ROWS }))).ok).toBe(true);
    const refused = await readBundleFromPath(SAMPLE_COHORT, testContext({ maxRows: SAMPLE_ROWS - 1 }));
    expect(formattedErrors(refused)).toEqual([expect.stringMatching(/^\w+\.csv:\d+: the bundle holds more than the 3664 rows one import may hold \(CTI_MAX_IMPORT_ROWS\); split it$/)]);
  });

  it('stops unpacking a zip at the row that passes the limit, long before the byte cap would', async () => {
    // 100,000 rows inflate to 3.1 MB; the limit of 1,000 rows is reached in the first 31 kB, the byte cap is 2 MB.
    const zip = zipSync({ 'courses.csv': sample['courses.csv'], 'contacts.csv': contacts(100_000) }, { level: 9 });
    const result = await upload('cohort.zip', zip, { maxRows: 1_000, maxUncompressedBytes: 2_000_000 });
    // courses.csv's 151 rows come first, so contacts.csv may hold 849: its 850th row (line 851) is one too many.
    expect(formattedErrors(result)).toEqual(['cohort.zip/contacts.csv:851: the bundle holds more than the 1000 rows one import may hold (CTI_MAX_IMPORT_ROWS); split it']);
  });

  it('does not count a line break inside a quoted field as a row', async () => {
    const dir = copyOfSampleCohort();
    const courses = readFileSync(join(dir, 'courses.csv'), 'utf8').replace('"K851-00001"', '"K851-\n00001"');
    const result = await readBundleFromUploads([{ name: 'courses.csv', data: Buffer.from(courses) }], testContext({ maxRows: 151 }));
    expect(formattedErrors(result).filter((e) => e.includes('rows one import'))).toEqual([]);
    expect((await readBundleFromUploads([{ name: 'courses.csv', data: Buffer.from(courses) }], testContext({ maxRows: 150 })).then(formattedErrors)))
      .toEqual(['courses.csv:153: the bundle holds more than the 150 rows one import may hold (CTI_MAX_IMPORT_ROWS); split it']);
  });

  it('refuses a workbook with more rows than the limit while its sheet unpacks', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('contacts');
    sheet.addRow(['course_id', 'date', 'minutes', 'mode']);
    for (let i = 0; i < 300; i++) sheet.addRow(['K851-00001', '2016-01-26', 60, 'phone']);
    const result = await upload('book.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()), { maxRows: 200 });
    expect(formattedErrors(result)).toEqual(['book.xlsx: refused: the bundle holds more than the 200 rows one import may hold (CTI_MAX_IMPORT_ROWS); split it']);
  });
});

describe('byte caps while inflating', () => {
  it('caps one member of a zip', async () => {
    const zip = zipSync({ 'courses.csv': sample['courses.csv'], 'contacts.csv': contacts(10_000) });
    const result = await upload('cohort.zip', zip, { maxEntryBytes: 100_000 });
    expect(formattedErrors(result)).toEqual(['cohort.zip/contacts.csv: unpacks to more than the 100000 bytes one file may hold']);
  });
});

describe('an .xlsx\'s shared strings and cells, before ExcelJS reads them', () => {
  const bookWithTexts = async (texts: number, length: number) => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('courses');
    sheet.addRow(['course_id']);
    for (let i = 0; i < texts; i++) sheet.addRow([`K${String(i).padStart(length, '0')}`]);
    return Buffer.from(await workbook.xlsx.writeBuffer({ useSharedStrings: true } as never));
  };

  it('refuses more distinct texts than the cap', async () => {
    expect(formattedErrors(await upload('book.xlsx', await bookWithTexts(50, 5), { maxSharedStrings: 20 })))
      .toEqual(['book.xlsx: refused: it holds more than 20 distinct texts (shared strings)']);
  });

  it('refuses shared strings of more bytes than the cap', async () => {
    expect(formattedErrors(await upload('book.xlsx', await bookWithTexts(20, 2_000), { maxSharedStringBytes: 10_000 })))
      .toEqual(['book.xlsx: refused: its shared strings take more than 10000 bytes']);
  });

  it('refuses more cells than the cap', async () => {
    expect(formattedErrors(await upload('book.xlsx', await bookWithTexts(50, 5), { maxXlsxCells: 30 })))
      .toEqual(['book.xlsx: refused: its sheets hold more than 30 cells']);
  });
});

describe('the row limit on a file the quick count cannot see (line breaks as CR only)', () => {
  it('stops the parser at the row that passes the limit', async () => {
    const courses = readFileSync(join(SAMPLE_COHORT, 'courses.csv'), 'utf8').replaceAll('\n', '\r');
    const result = await readBundleFromUploads([{ name: 'courses.csv', data: Buffer.from(courses) }], testContext({ maxRows: 100 }));
    expect(formattedErrors(result)).toEqual(['courses.csv:102: the bundle holds more than the 100 rows one import may hold (CTI_MAX_IMPORT_ROWS); split it']);
  });
});
