import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { neutraliseFormula, type CohortBundle, type InstrumentDefinition } from '@cti/domain';
import { bundleFiles } from './bundle-columns';

/**
 * null → '' (an empty cell is a missing value); numbers in JavaScript's shortest round-tripping form (a negative
 * number stays a number); text that a spreadsheet would take for a formula is neutralised (the reader undoes it).
 */
export function csvCell(cell: string | number | null): string {
  if (cell === null) return '';
  return typeof cell === 'number' ? String(cell) : neutraliseFormula(cell);
}

/** Writes the bundle as CSV files (comma, UTF-8, ISO dates, header row) into `dir`; returns the file names. */
export async function writeBundle(bundle: CohortBundle, instruments: InstrumentDefinition[], dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const names: string[] = [];
  for (const file of bundleFiles(bundle, instruments)) {
    const text = stringify([file.header, ...file.rows.map((row) => row.map(csvCell))]);
    await writeFile(join(dir, file.name), text, 'utf8');
    names.push(file.name);
  }
  return names;
}
