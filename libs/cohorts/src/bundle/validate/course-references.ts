import type { ErrorCollector } from '../error-collector';
import { columnIndex } from '../fields/row-fields';
import type { Table } from '../table/table';

/** Every course_id written in courses.csv, valid row or not, so a bad course row does not also fail its references. */
export function courseIdsOf(courses: Table): Set<string> | null {
  const index = columnIndex(courses).get('course_id');
  if (index === undefined || !courses.complete) return null;
  return new Set(courses.rows.map((row) => row.cells[index]).filter((id) => id !== ''));
}

/** Each non-empty course_id of a dependent file must name a course of the bundle. */
export function checkCourseReferences(table: Table, courseIds: ReadonlySet<string>, coursesFile: string, errors: ErrorCollector): void {
  const index = columnIndex(table).get('course_id');
  if (index === undefined) return;
  const label = table.columns[index].label;
  for (const row of table.rows) {
    const id = row.cells[index];
    if (id !== '' && !courseIds.has(id)) errors.add({ file: table.file, row: row.line, column: label, message: `${id} is not a course in ${coursesFile}` });
  }
}
