import type { CohortBundle } from '@cti/domain';
import type { BundleContext } from '../bundle-types';
import type { ErrorCollector } from '../error-collector';
import type { LoadedTables } from '../sources/loaded-tables';
import { REQUIRED_FILE_KINDS, type BundleFileKind } from '../table/file-kinds';
import { checkHeader, type TableSchema } from '../table/header-check';
import type { Table } from '../table/table';
import { CONTACTS_SCHEMA, readContacts } from './contacts';
import { COSTS_SCHEMA, readCosts } from './costs';
import { checkCourseReferences, courseIdsOf } from './course-references';
import { COURSES_SCHEMA, readCourses } from './courses';
import { readFocusAreas, FOCUS_AREAS_SCHEMA } from './focus-areas';
import { recordsOf, type LocatedRecord } from './located-record';
import { measurementsSchema, readMeasurements } from './measurements';
import { checkSafeCells } from './safe-cells';

/** Reads a table's records when its header is usable; an absent optional file has none. */
function readTable<T>(table: Table | undefined, schema: TableSchema, errors: ErrorCollector, read: (table: Table) => LocatedRecord<T>[]): T[] {
  if (!table || !checkHeader(table, schema, errors)) return [];
  return recordsOf(read(table));
}

/**
 * Validates the loaded tables as one bundle: required files, each file's rows, then course references
 * across files. Returns the bundle only when nothing at all was wrong (errors may come from the source too).
 */
export function validateBundle(loaded: LoadedTables, ctx: BundleContext, errors: ErrorCollector): CohortBundle | null {
  const { tables } = loaded;
  // A source that failed as a whole (not a zip, say) has said so; listing every file as missing adds nothing.
  const sourceFailed = loaded.present.size === 0 && errors.count > 0;
  for (const kind of REQUIRED_FILE_KINDS) {
    if (!loaded.present.has(kind) && !sourceFailed) {
      errors.add({ file: loaded.locationOf(kind), message: 'required file is missing' });
    }
  }
  for (const table of Object.values(tables)) checkSafeCells(table, errors);
  const rules = { municipalityCodes: ctx.municipalityCodes, currentYear: ctx.currentYear ?? new Date().getFullYear() };
  const bundle: CohortBundle = {
    courses: readTable(tables.courses, COURSES_SCHEMA, errors, (table) => readCourses(table, rules, errors)),
    measurements: readTable(tables.measurements, measurementsSchema(ctx.instruments), errors, (table) => readMeasurements(table, ctx.instruments, errors)),
    costs: readTable(tables.costs, COSTS_SCHEMA, errors, (table) => readCosts(table, errors)),
    contacts: readTable(tables.contacts, CONTACTS_SCHEMA, errors, (table) => readContacts(table, errors)),
    focusAreas: readTable(tables.focus_areas, FOCUS_AREAS_SCHEMA, errors, (table) => readFocusAreas(table, errors)),
  };
  const courseIds = tables.courses ? courseIdsOf(tables.courses) : null;
  if (courseIds) {
    const dependents: BundleFileKind[] = ['measurements', 'costs', 'contacts', 'focus_areas'];
    for (const kind of dependents) {
      const table = tables[kind];
      if (table) checkCourseReferences(table, courseIds, tables.courses!.file, errors);
    }
  }
  return errors.count === 0 && !errors.truncated ? bundle : null;
}
