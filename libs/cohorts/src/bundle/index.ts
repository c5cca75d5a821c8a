/**
 * # Cohort bundle reader and writer (cohort-format.md, version 1)
 *
 * Pure: files in, `CohortBundle` out (and back). No database, no HTTP.
 *
 * - `readBundleFromPath(path, ctx)`: a folder of CSV files, a `.zip` of them, or an `.xlsx` workbook.
 * - `readBundleFromUploads(files, ctx)`: an HTTP upload of several `.csv` files, or one `.zip`, or one `.xlsx`.
 * - `writeBundle(bundle, instruments, dir)`: the five CSV files (comma, UTF-8 without BOM, ISO dates, `\n`).
 *
 * Reading never throws for bad input: every problem becomes a `LocatedError` (`file:row:column: message`,
 * row = line in the file with the header on line 1, column = header name as written), all at once up to
 * `ctx.maxErrors` (200; `truncated` says more were found). Any error means `ok: false` and no bundle.
 *
 * Layout: `sources/` turns a folder, zip, upload or workbook into `Table`s (`table/`: UTF-8 decoding,
 * delimiter detection, csv-parse), `fields/` parses cells (dates, numbers, vocabularies) with their location,
 * `validate/` holds one reader per file kind plus the cross-file course references, `writer/` writes CSV.
 *
 * Decisions the format leaves open:
 * - Workbook sheets are located as `book.xlsx[courses]` in errors (row = the sheet's row number) and listed
 *   as `book.xlsx#courses` in `files`; a sheet's sha256/bytes are of its cells as canonical JSON lines.
 * - Cells are trimmed; a row whose cells are all empty is skipped. Vocabulary values match case-insensitively.
 * - File and sheet names match case-insensitively. A folder's non-CSV files are ignored (a folder on disk holds
 *   other things); in a zip or upload they are errors. A zip may hold its files at the top or in one folder;
 *   `__MACOSX/`, `.DS_Store` and the like are ignored. Extra sheets or unknown *.csv names are errors.
 * - An instrument is administered when any of its item columns is present; `instruments` and `values`
 *   follow registry order, not column order.
 * - Course timeline: each present date is checked against the nearest present one before it; phase starts
 *   strictly after, contact_start/end_date on or after.
 * - Limits hold while reading, never after (limits/): a zip or xlsx may unpack to `ctx.maxUncompressedBytes` (256 MiB)
 *   in all and `maxEntryBytes` (128 MiB) per member; all files together hold at most `maxRows` data rows
 *   (CTI_MAX_IMPORT_ROWS), counted while a zip inflates and before a CSV is parsed; an xlsx's shared strings and cells
 *   are counted in its XML before ExcelJS reads it.
 */
export type { BundleContext, BundleFileInfo, ReadBundleResult } from './bundle-types';
export { readBundleFromPath, readBundleFromUploads } from './read-bundle';
export { writeBundle } from './writer/write-bundle';
export { writeBundleXlsx } from './writer/write-bundle-xlsx';
