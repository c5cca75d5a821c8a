// Shared by the bundle specs: the registry context, fixture paths, and temp copies of a fixture to break.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { formatLocatedError } from '@cti/domain';
import { loadInstrumentSeeds, loadMunicipalitySeeds } from '../adapters/registry/seed-files';
import type { BundleContext, ReadBundleResult } from './bundle-types';

export const FIXTURES = resolve(__dirname, '../../../../test/fixtures');
export const SAMPLE_COHORT = join(FIXTURES, 'sample-cohort');
export const SAMPLE_COHORT_B = join(FIXTURES, 'sample-cohort-b');
export const SAMPLE_COHORT_DK = join(FIXTURES, 'sample-cohort-dk');
export const BUNDLE_FILES = ['courses.csv', 'measurements.csv', 'costs.csv', 'contacts.csv', 'focus_areas.csv'];

export function testContext(overrides: Partial<BundleContext> = {}): BundleContext {
  return {
    instruments: loadInstrumentSeeds(),
    municipalityCodes: new Set(loadMunicipalitySeeds().map((m) => m.code)),
    currentYear: 2025,
    ...overrides,
  };
}

const tempDirs: string[] = [];

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cti-bundle-'));
  tempDirs.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A temp copy of the sample cohort's CSV files. */
export function copyOfSampleCohort(source = SAMPLE_COHORT): string {
  const dir = tempDir();
  for (const name of BUNDLE_FILES) cpSync(join(source, name), join(dir, name));
  return dir;
}

export const readLines = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8').split('\n');
export const writeLines = (dir: string, file: string, lines: string[]) => writeFileSync(join(dir, file), lines.join('\n'));

/** Rewrites one line (1 = header) of a file in a bundle folder. */
export function editLine(dir: string, file: string, line: number, edit: (text: string) => string): void {
  const lines = readLines(dir, file);
  lines[line - 1] = edit(lines[line - 1]);
  writeLines(dir, file, lines);
}

/** Replaces the cell in `column` on `line` (the sample files are plain comma CSV with quoted text). */
export function setCell(dir: string, file: string, line: number, column: string, value: string): void {
  const header = readLines(dir, file)[0].split(',').map((name) => name.replaceAll('"', ''));
  const index = header.indexOf(column);
  if (index < 0) throw new Error(`no column ${column} in ${file}`);
  editLine(dir, file, line, (text) => {
    const cells = text.split(',');
    cells[index] = value;
    return cells.join(',');
  });
}

export function formattedErrors(result: ReadBundleResult): string[] {
  return result.ok ? [] : result.errors.map(formatLocatedError);
}
