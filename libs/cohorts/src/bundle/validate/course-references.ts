import type { ErrorCollector } from '../error-collector';
import type { Table, TableRow } from '../table/table';

/**
 * The course ids of a bundle and the references to them, checked row by row as the files are read (courses first).
 * Every course_id written in courses.csv counts, valid row or not, so a bad course row does not also fail its references.
 */
export class CourseReferences {
  private readonly written = new Set<string>();
  private ids: ReadonlySet<string> | null = null;
  private coursesFile = '';

  /** A row of courses.csv (`column`: the index of course_id, if the file has one). */
  addCourse(row: TableRow, column: number | undefined): void {
    const id = column === undefined ? '' : row.cells[column];
    if (id !== '') this.written.add(id);
  }

  /** After courses.csv: its ids count only when the file had the column and was read whole. */
  coursesRead(courses: Table, hasIdColumn: boolean): void {
    this.ids = hasIdColumn && courses.complete ? this.written : null;
    this.coursesFile = courses.file;
  }

  /** Each non-empty course_id of a dependent file must name a course of the bundle. */
  check(table: Table, row: TableRow, column: number | undefined, errors: ErrorCollector): void {
    if (!this.ids || column === undefined) return;
    const id = row.cells[column];
    if (id !== '' && !this.ids.has(id)) errors.add({ file: table.file, row: row.line, column: table.columns[column].label, message: `${id} is not a course in ${this.coursesFile}` });
  }
}
