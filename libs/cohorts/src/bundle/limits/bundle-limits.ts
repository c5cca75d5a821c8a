import type { BundleContext } from '../bundle-types';
import { DEFAULT_MAX_UNCOMPRESSED_BYTES } from '../bundle-types';
import type { ErrorCollector } from '../error-collector';
import { defaultMaxRows, RowBudget } from './row-budget';

export const DEFAULT_MAX_ENTRY_BYTES = 128 * 1024 * 1024;
// An .xlsx's shared strings are every distinct text of the workbook, held whole by ExcelJS: capped before it reads them.
export const DEFAULT_MAX_SHARED_STRINGS = 2_000_000;
export const DEFAULT_MAX_SHARED_STRING_BYTES = 64 * 1024 * 1024;
// ExcelJS keeps an object per cell (some hundred bytes each).
export const DEFAULT_MAX_XLSX_CELLS = 10_000_000;

/** What one bundle may hold, checked while it is unpacked and read (never after it is all in memory). */
export interface BundleLimits {
  /** Bytes a zip or xlsx may unpack to in all, or a folder's CSV files may hold. */
  maxBytes: number;
  /** Bytes one member of a zip or xlsx may unpack to. */
  maxEntryBytes: number;
  rows: RowBudget;
  maxSharedStrings: number;
  /** Bytes of an .xlsx's shared-strings part (its XML: at least the characters of the strings). */
  maxSharedStringBytes: number;
  maxCells: number;
}

export function bundleLimits(ctx: BundleContext, errors: ErrorCollector): BundleLimits {
  return {
    maxBytes: ctx.maxUncompressedBytes ?? DEFAULT_MAX_UNCOMPRESSED_BYTES,
    maxEntryBytes: ctx.maxEntryBytes ?? DEFAULT_MAX_ENTRY_BYTES,
    rows: new RowBudget(ctx.maxRows ?? defaultMaxRows(), errors),
    maxSharedStrings: ctx.maxSharedStrings ?? DEFAULT_MAX_SHARED_STRINGS,
    maxSharedStringBytes: ctx.maxSharedStringBytes ?? DEFAULT_MAX_SHARED_STRING_BYTES,
    maxCells: ctx.maxXlsxCells ?? DEFAULT_MAX_XLSX_CELLS,
  };
}
