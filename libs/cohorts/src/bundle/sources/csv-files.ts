import type { ErrorCollector } from '../error-collector';
import { csvRecordsWithin } from '../limits/csv-record-counter';
import type { RowBudget } from '../limits/row-budget';
import { EXPECTED_CSV_FILES, fileKindOf } from '../table/file-kinds';
import { readCsvTable } from '../table/read-csv-table';
import { emptyLoadedTables, fileInfo, type LoadedTables } from './loaded-tables';

/** A CSV file as it arrived: its name (for messages) and its bytes. */
export interface CsvSourceFile {
  name: string;
  data: Uint8Array;
}

/**
 * Takes a set of CSV files as a bundle: each must be one of the five bundle files, each at most once. Their records
 * are counted against the row limit here, all files together and before a cell is parsed; each file is parsed only
 * when validation reads it.
 */
export async function loadCsvFiles(sourceFiles: CsvSourceFile[], errors: ErrorCollector, rows: RowBudget): Promise<LoadedTables> {
  const loaded = emptyLoadedTables();
  let counted = 0;
  for (const source of sourceFiles) {
    const kind = fileKindOf(source.name);
    if (!source.name.toLowerCase().endsWith('.csv')) {
      errors.add({ file: source.name, message: `not a CSV file (a bundle holds ${EXPECTED_CSV_FILES})` });
    } else if (!kind) {
      errors.add({ file: source.name, message: `unknown file (expected ${EXPECTED_CSV_FILES})` });
    } else if (loaded.present.has(kind)) {
      errors.add({ file: source.name, message: `a second ${kind}.csv in the bundle` });
    } else {
      loaded.present.add(kind);
      const info = fileInfo(source.name, source.data);
      loaded.files.push(info);
      const count = csvRecordsWithin(source.data, rows.max - counted);
      if (!count.within) {
        rows.refuse(source.name, count.line);
        break;
      }
      counted += count.records;
      loaded.readers[kind] = () => readCsvTable(source.name, source.data, errors, rows, () => info.rows++);
    }
  }
  return loaded;
}
