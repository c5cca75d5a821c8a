import type { IsoDate } from '@cti/domain';
import type { ChecklistCode } from '../checklists/checklist-definitions';
import type { CourseTimeline } from '../method/course-timeline';

export const ALERT_KINDS = [
  'phase_change_due', 'phase_change_overdue', 'course_past_nine_months', 'caseload_above_norm', 'focus_areas_outside_range',
  'intensity_not_falling', 'handover_plan_missing', 'checklist_open',
] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** `due`: act soon; `breach`: a fidelity rule is broken now. */
export type AlertSeverity = 'due' | 'breach';

export interface FidelityAlert {
  kind: AlertKind;
  severity: AlertSeverity;
  municipalityCode: number;
  worker: string | null;
  /** Absent for alerts about a worker rather than a course (caseload). */
  courseId?: number;
  courseCode?: string;
  /** The date the alert is about: a due date, or when the rule was broken. */
  date?: IsoDate;
  /** The figures the text is made of, so a page can say it in its own language (apps/web/public/texts.js). */
  params: AlertParams;
  /** English text, for API users; pages render `kind` + `params` instead. */
  message: string;
}

export type AlertParams = Record<string, string | number>;

/** Everything the alert rules read about one course. */
export interface CourseFacts {
  courseId: number;
  courseCode: string;
  municipalityCode: number;
  worker: string | null;
  timeline: CourseTimeline;
  /** Focus areas of the CTI plan that are not dropped. */
  activeFocusAreas: number;
  contacts: { date: IsoDate; minutes: number }[];
  /** Checklist items not ticked, per checklist. */
  openChecklistItems: Partial<Record<ChecklistCode, number>>;
}

/** The fields that place a course alert on the team's page. */
export function aboutCourse(c: CourseFacts): Pick<FidelityAlert, 'municipalityCode' | 'worker' | 'courseId' | 'courseCode'> {
  return { municipalityCode: c.municipalityCode, worker: c.worker, courseId: c.courseId, courseCode: c.courseCode };
}
