// The same cohort in every shape the format allows must read to the same bundle.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { Workbook } from 'exceljs';
import { zipSync } from 'fflate';
import type { CohortBundle } from '@cti/domain';
import { readBundleFromPath, readBundleFromUploads } from './read-bundle';
import { writeBundle } from './writer/write-bundle';
import { BUNDLE_FILES, formattedErrors, removeTempDirs, SAMPLE_COHORT, SAMPLE_COHORT_B, SAMPLE_COHORT_DK, tempDir, testContext } from './bundle-test-support';

afterAll(removeTempDirs);

async function bundleAt(path: string): Promise<CohortBundle> {
  const result = await readBundleFromPath(path, testContext());
  if (!result.ok) throw new Error(`${path} did not read:\n${formattedErrors(result).join('\n')}`);
  return result.bundle;
}

/** The sample cohort as a workbook typed the way Excel holds it: numbers as numbers, dates as dates. */
async function sampleCohortWorkbook(): Promise<Buffer> {
  const workbook = new Workbook();
  for (const file of BUNDLE_FILES) {
    const [header, ...rows] = parse(readFileSync(join(SAMPLE_COHORT, file), 'utf8')) as string[][];
    const sheet = workbook.addWorksheet(file.replace('.csv', ''));
    sheet.addRow(header);
    for (const row of rows) {
      sheet.addRow(
        row.map((cell) => {
          if (cell === '') return null;
          if (/^\d{4}-\d{2}-\d{2}$/.test(cell)) return new Date(`${cell}T00:00:00Z`);
          return /^-?\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell;
        }),
      );
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function sampleCohortZip(folder = ''): Buffer {
  return Buffer.from(zipSync(Object.fromEntries(BUNDLE_FILES.map((file) => [folder + file, readFileSync(join(SAMPLE_COHORT, file))]))));
}

describe('one cohort, every shape', () => {
  let sample: CohortBundle;
  beforeAll(async () => {
    sample = await bundleAt(SAMPLE_COHORT);
  });

  it('reads the Danish-Excel variant (semicolons, BOM, decimal comma, DD-MM-YYYY, upper-case shuffled headers, CRLF) to the same bundle', async () => {
    expect(await bundleAt(SAMPLE_COHORT_DK)).toEqual(sample);
  });

  it('reads an .xlsx workbook to the same bundle, listing its sheets', async () => {
    const path = join(tempDir(), 'cohort.xlsx');
    writeFileSync(path, await sampleCohortWorkbook());
    const result = await readBundleFromPath(path, testContext());
    expect(formattedErrors(result)).toEqual([]);
    expect(result.ok && result.bundle).toEqual(sample);
    expect(result.files.map((f) => f.name)).toEqual(BUNDLE_FILES.map((f) => `cohort.xlsx#${f.replace('.csv', '')}`));
  });

  it('reads a .zip, flat or with one top-level folder, to the same bundle', async () => {
    const flat = join(tempDir(), 'cohort.zip');
    writeFileSync(flat, sampleCohortZip());
    expect(await bundleAt(flat)).toEqual(sample);
    const uploaded = await readBundleFromUploads([{ name: 'cohort.zip', data: sampleCohortZip('cohort/') }], testContext());
    expect(uploaded.ok && uploaded.bundle).toEqual(sample);
  });

  it('reads uploaded CSV files and an uploaded workbook to the same bundle', async () => {
    const csvFiles = BUNDLE_FILES.map((name) => ({ name, data: readFileSync(join(SAMPLE_COHORT, name)) }));
    const fromCsv = await readBundleFromUploads(csvFiles, testContext());
    expect(fromCsv.ok && fromCsv.bundle).toEqual(sample);
    const fromXlsx = await readBundleFromUploads([{ name: 'cohort.xlsx', data: await sampleCohortWorkbook() }], testContext());
    expect(fromXlsx.ok && fromXlsx.bundle).toEqual(sample);
  });

  it.each([
    ['sample cohort', SAMPLE_COHORT],
    ['sample cohort B', SAMPLE_COHORT_B],
  ])('round-trips the %s through writeBundle losslessly', async (_, fixture) => {
    const original = await bundleAt(fixture);
    const dir = tempDir();
    expect(await writeBundle(original, testContext().instruments, dir)).toEqual(BUNDLE_FILES);
    expect(await bundleAt(dir)).toEqual(original);
  });
});
