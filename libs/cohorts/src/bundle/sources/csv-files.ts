import type { ErrorCollector } from '../error-collector';
import type { RowBudget } from '../limits/row-budget';
import { EXPECTED_CSV_FILES, fileKindOf } from '../table/file-kinds';
import { readCsvTable } from '../table/read-csv-table';
import { emptyLoadedTables, fileInfo, type LoadedTables } from './loaded-tables';

/** A CSV file as it arrived: its name (for messages) and its bytes. */
export interface CsvSourceFile {
  name: string;
  data: Uint8Array;
}

/** Reads a set of CSV files into tables: each must be one of the five bundle files, each at most once. */
export async function loadCsvFiles(sourceFiles: CsvSourceFile[], errors: ErrorCollector, rows: RowBudget): Promise<LoadedTables> {
  const loaded = emptyLoadedTables();
  for (const source of sourceFiles) {
    if (rows.exceeded) break;
    const kind = fileKindOf(source.name);
    if (!source.name.toLowerCase().endsWith('.csv')) {
      errors.add({ file: source.name, message: `not a CSV file (a bundle holds ${EXPECTED_CSV_FILES})` });
    } else if (!kind) {
      errors.add({ file: source.name, message: `unknown file (expected ${EXPECTED_CSV_FILES})` });
    } else if (loaded.present.has(kind)) {
      errors.add({ file: source.name, message: `a second ${kind}.csv in the bundle` });
    } else {
      loaded.present.add(kind);
      const table = await readCsvTable(source.name, source.data, errors, rows);
      loaded.files.push(fileInfo(source.name, source.data, table));
      if (table) loaded.tables[kind] = table;
    }
  }
  return loaded;
}
