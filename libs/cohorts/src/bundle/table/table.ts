/** A header column: `key` is the trimmed lower-case name used for matching, `label` the name as written (for messages). */
export interface TableColumn {
  key: string;
  label: string;
}

export interface TableRow {
  /** Line in the CSV file (or row in the sheet) where the record starts; the header is line 1 in a normal file. */
  line: number;
  /** Trimmed cell texts, one per header column. */
  cells: string[];
}

/** One bundle file as text cells, whatever it came from (CSV in a folder or zip, or a workbook sheet). */
export interface Table {
  /** The name used in error locations: `courses.csv`, or `cohort.xlsx[courses]` for a sheet. */
  file: string;
  headerLine: number;
  columns: TableColumn[];
  /** The data rows in batches, read once, as they are asked for: a CSV file is parsed while it is validated, never held as cells. */
  rows: AsyncIterable<TableRow[]>;
  /** Semicolon-separated CSV: a decimal comma is allowed. */
  decimalComma: boolean;
  /**
   * False when the reader stopped early (malformed CSV) or skipped rows: cross-file reference checks are unreliable.
   * Final once `rows` has been read to its end.
   */
  complete: boolean;
}

/** Rows already in memory (a workbook's sheet) as a table's rows. */
export async function* rowsFrom(rows: TableRow[]): AsyncGenerator<TableRow[]> {
  yield rows;
}

export function headerKey(name: string): string {
  return name.trim().toLowerCase();
}
