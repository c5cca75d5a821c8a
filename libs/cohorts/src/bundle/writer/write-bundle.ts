import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { CohortBundle, InstrumentDefinition } from '@cti/domain';
import { bundleFiles } from './bundle-columns';

/** Writes the bundle as CSV files (comma, UTF-8, ISO dates, header row) into `dir`; returns the file names. */
export async function writeBundle(bundle: CohortBundle, instruments: InstrumentDefinition[], dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const names: string[] = [];
  for (const file of bundleFiles(bundle, instruments)) {
    // null → '' (an empty cell is a missing value); numbers in JavaScript's shortest round-tripping form.
    const text = stringify([file.header, ...file.rows.map((row) => row.map((cell) => (cell === null ? '' : String(cell))))]);
    await writeFile(join(dir, file.name), text, 'utf8');
    names.push(file.name);
  }
  return names;
}
