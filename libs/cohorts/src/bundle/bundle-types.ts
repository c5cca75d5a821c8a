import type { CohortBundle, InstrumentDefinition, LocatedError } from '@cti/domain';

export interface BundleContext {
  instruments: InstrumentDefinition[];
  municipalityCodes: ReadonlySet<number>;
  /** Problems reported before the list is cut off (default 200). */
  maxErrors?: number;
  /** Upper bound of birth_year (default: this year). */
  currentYear?: number;
  /** Cap on the bytes a bundle may expand to: zip and xlsx contents, or a folder's CSVs (default 256 MiB). */
  maxUncompressedBytes?: number;
}

export interface BundleFileInfo {
  /** e.g. `courses.csv`, or `cohort.xlsx#courses` for a workbook sheet. */
  name: string;
  sha256: string;
  bytes: number;
  /** Data rows (header and blank rows not counted). */
  rows: number;
}

export type ReadBundleResult =
  | { ok: true; bundle: CohortBundle; files: BundleFileInfo[] }
  | { ok: false; errors: LocatedError[]; files: BundleFileInfo[]; truncated: boolean };

export const DEFAULT_MAX_ERRORS = 200;
export const DEFAULT_MAX_UNCOMPRESSED_BYTES = 256 * 1024 * 1024;
