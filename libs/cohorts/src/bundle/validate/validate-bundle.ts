import type { CohortBundle } from '@cti/domain';
import type { BundleContext } from '../bundle-types';
import type { ErrorCollector } from '../error-collector';
import { columnIndex, rowsOf, type RowBatches } from '../fields/row-fields';
import { StringPool } from '../fields/string-pool';
import type { LoadedTables } from '../sources/loaded-tables';
import { REQUIRED_FILE_KINDS, type BundleFileKind } from '../table/file-kinds';
import { checkHeader, type TableSchema } from '../table/header-check';
import type { Table, TableRow } from '../table/table';
import { CONTACTS_SCHEMA, readContacts } from './contacts';
import { COSTS_SCHEMA, readCosts } from './costs';
import { CourseReferences } from './course-references';
import { COURSES_SCHEMA, readCourses } from './courses';
import { readFocusAreas, FOCUS_AREAS_SCHEMA } from './focus-areas';
import { recordsOf, type LocatedRecord } from './located-record';
import { partialInstruments } from './measurement-columns';
import { measurementsSchema, readMeasurements } from './measurements';
import { checkSafeCells } from './safe-cells';

export interface ValidatedBundle {
  /** Null when anything at all was wrong (errors may come from the source too). */
  bundle: CohortBundle | null;
  /** What imports but cannot be used as it stands (an instrument with some of its item columns). */
  warnings: string[];
}

/**
 * Validates the loaded tables as one bundle: required files, then each file's header, cells, rows and course
 * references. Files are read one at a time and row by row, courses first (the others refer to its ids): what stays is
 * the records and the set of course ids, never the text of the bundle.
 */
export async function validateBundle(loaded: LoadedTables, ctx: BundleContext, errors: ErrorCollector): Promise<ValidatedBundle> {
  // A source that failed as a whole (not a zip, say) has said so; listing every file as missing adds nothing.
  const sourceFailed = loaded.present.size === 0 && errors.count > 0;
  for (const kind of REQUIRED_FILE_KINDS) {
    if (!loaded.present.has(kind) && !sourceFailed) {
      errors.add({ file: loaded.locationOf(kind), message: 'required file is missing' });
    }
  }
  const rules = { municipalityCodes: ctx.municipalityCodes, currentYear: ctx.currentYear ?? new Date().getFullYear() };
  const pool = new StringPool();
  const references = new CourseReferences();
  let warnings: string[] = [];
  /** One file: its header, then each row's cells and course reference before its fields become a record. */
  const read = async <T>(kind: BundleFileKind, schema: TableSchema, records: (table: Table, rows: RowBatches) => Promise<LocatedRecord<T>[]>): Promise<T[]> => {
    const table = await loaded.readers[kind]?.();
    if (!table) return [];
    const usable = checkHeader(table, schema, errors);
    const idColumn = columnIndex(table).get('course_id');
    async function* checked(of: Table): AsyncGenerator<TableRow[]> {
      for await (const batch of of.rows) {
        for (const row of batch) {
          checkSafeCells(of, row, errors);
          if (kind === 'courses') references.addCourse(row, idColumn);
          else references.check(of, row, idColumn, errors);
        }
        yield batch;
      }
    }
    let out: T[] = [];
    if (usable) out = recordsOf(await records(table, rowsOf(table, checked(table), errors, pool)));
    else for await (const _batch of checked(table)); // the rows' own problems are reported all the same
    if (kind === 'courses') references.coursesRead(table, idColumn !== undefined);
    return out;
  };
  const courses = await read('courses', COURSES_SCHEMA, (_table, rows) => readCourses(rows, rules));
  const measurements = await read('measurements', measurementsSchema(ctx.instruments), (table, rows) => {
    warnings = partialInstruments(ctx.instruments, new Set(table.columns.map((column) => column.key))).map((p) => p.message);
    return readMeasurements(table.columns, rows, ctx.instruments);
  });
  const bundle: CohortBundle = {
    courses,
    measurements,
    costs: await read('costs', COSTS_SCHEMA, (_table, rows) => readCosts(rows)),
    contacts: await read('contacts', CONTACTS_SCHEMA, (_table, rows) => readContacts(rows)),
    focusAreas: await read('focus_areas', FOCUS_AREAS_SCHEMA, (_table, rows) => readFocusAreas(rows)),
  };
  return errors.count === 0 && !errors.truncated ? { bundle, warnings } : { bundle: null, warnings: [] };
}
