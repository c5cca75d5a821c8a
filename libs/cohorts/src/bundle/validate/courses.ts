import { ARMS, END_REASONS, looksLikeCpr, SEXES, TARGET_GROUPS, type CourseRecord } from '@cti/domain';
import type { RowBatches, RowFields } from '../fields/row-fields';
import type { TableSchema } from '../table/header-check';
import { checkCourseTimeline, CTI_ONLY_COLUMNS } from './course-dates';
import { firstOccurrence, type LocatedRecord } from './located-record';

export const COURSES_SCHEMA: TableSchema = {
  required: ['course_id', 'citizen_id', 'municipality_code', 'arm', 'start_date'],
  optional: ['target_group', 'worker_id', 'sex', 'birth_year', 'contact_start', 'phase2_start', 'phase3_start', 'end_date', 'end_reason', 'handover_plan_date'],
};

export interface CourseRules {
  municipalityCodes: ReadonlySet<number>;
  currentYear: number;
}

function citizenId(fields: RowFields): string | null {
  const citizen = fields.text('citizen_id', true);
  if (citizen !== null && looksLikeCpr(citizen)) {
    // Never echo the value: it may be a real CPR number.
    fields.error('citizen_id', 'looks like a CPR number; use a pseudonym');
    return null;
  }
  return citizen;
}

function municipalityCode(fields: RowFields, rules: CourseRules): number | null {
  const code = fields.integer('municipality_code', true);
  if (code !== null && !rules.municipalityCodes.has(code)) fields.error('municipality_code', `${code} is not a Danish municipality code`);
  return code;
}

function birthYear(fields: RowFields, rules: CourseRules): number | null {
  const year = fields.integer('birth_year');
  if (year !== null && (year < 1900 || year > rules.currentYear)) fields.error('birth_year', `${year} is not between 1900 and ${rules.currentYear}`);
  return year;
}

function readCourse(fields: RowFields, rules: CourseRules): CourseRecord | null {
  const course = {
    courseId: fields.text('course_id', true),
    citizenId: citizenId(fields),
    municipalityCode: municipalityCode(fields, rules),
    arm: fields.vocabulary('arm', ARMS, true),
    targetGroup: fields.vocabulary('target_group', TARGET_GROUPS),
    workerId: fields.text('worker_id'),
    sex: fields.vocabulary('sex', SEXES),
    birthYear: birthYear(fields, rules),
    contactStart: fields.date('contact_start'),
    startDate: fields.date('start_date', true),
    phase2Start: fields.date('phase2_start'),
    phase3Start: fields.date('phase3_start'),
    endDate: fields.date('end_date'),
    endReason: fields.vocabulary('end_reason', END_REASONS),
    handoverPlanDate: fields.date('handover_plan_date'),
  };
  if (course.arm === 'control') {
    for (const column of CTI_ONLY_COLUMNS) if (fields.raw(column) !== '') fields.error(column, 'must be empty for a control course (CTI only)');
  }
  const { courseId, citizenId: citizen, municipalityCode: municipality, arm, startDate } = course;
  if (courseId === null || citizen === null || municipality === null || arm === null || startDate === null) return null;
  const record: CourseRecord = { ...course, courseId, citizenId: citizen, municipalityCode: municipality, arm, startDate };
  checkCourseTimeline(record, fields);
  return record;
}

/** courses.csv: each row a course; course_id unique. Rows with errors are reported and left out. */
export async function readCourses(rows: RowBatches, rules: CourseRules): Promise<LocatedRecord<CourseRecord>[]> {
  const seen = new Map<string, number>();
  const courses: LocatedRecord<CourseRecord>[] = [];
  for await (const batch of rows) {
    for (const fields of batch) {
      const course = readCourse(fields, rules);
      if (!course) continue;
      const unique = firstOccurrence(seen, course.courseId, fields.line, (firstLine) => fields.error('course_id', `${course.courseId} already appears on line ${firstLine}`));
      if (unique) courses.push({ line: fields.line, record: course });
    }
  }
  return courses;
}
