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
  /** Cap on what one zip or xlsx member may unpack to (default 128 MiB). */
  maxEntryBytes?: number;
  /** Data rows of all files together (default CTI_MAX_IMPORT_ROWS, else 2,000,000), counted while reading. */
  maxRows?: number;
  /** An .xlsx's shared strings: how many (default 2,000,000) and the bytes of their XML part (default 64 MiB). */
  maxSharedStrings?: number;
  maxSharedStringBytes?: number;
  /** Cells of all sheets of an .xlsx (default 10,000,000). */
  maxXlsxCells?: number;
}

export interface BundleFileInfo {
  /** e.g. `courses.csv`, or `cohort.xlsx#courses` for a workbook sheet. */
  name: string;
  sha256: string;
  bytes: number;
  /** Data rows (header and blank rows not counted). */
  rows: number;
}

export type ReadBundleResult
  /** `warnings`: what imports but cannot be used as it stands (an instrument with some of its item columns). */
  = | { ok: true; bundle: CohortBundle; files: BundleFileInfo[]; warnings?: string[] }
    | { ok: false; errors: LocatedError[]; files: BundleFileInfo[]; truncated: boolean };

export const DEFAULT_MAX_ERRORS = 200;
export const DEFAULT_MAX_UNCOMPRESSED_BYTES = 256 * 1024 * 1024;
