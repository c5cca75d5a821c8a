import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ErrorCollector } from '../error-collector';
import type { BundleLimits } from '../limits/bundle-limits';
import { loadCsvFiles, type CsvSourceFile } from './csv-files';
import { emptyLoadedTables, type LoadedTables } from './loaded-tables';

/**
 * A folder's *.csv files. Other files (a README, reference results) are left alone: a folder on disk
 * holds more than the upload; unknown *.csv names are still errors.
 */
export async function loadFolder(dir: string, limits: BundleLimits, errors: ErrorCollector): Promise<LoadedTables> {
  const { maxBytes } = limits;
  const entries = await readdir(dir, { withFileTypes: true });
  const csvNames = entries.filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.csv')).map((entry) => entry.name);
  let total = 0;
  for (const name of csvNames) total += (await stat(join(dir, name))).size;
  if (total > maxBytes) {
    errors.add({ file: dir, message: `the CSV files hold ${total} bytes, more than the ${maxBytes} allowed` });
    return emptyLoadedTables();
  }
  const sourceFiles: CsvSourceFile[] = [];
  for (const name of csvNames.sort()) sourceFiles.push({ name, data: await readFile(join(dir, name)) });
  return loadCsvFiles(sourceFiles, errors, limits.rows);
}
