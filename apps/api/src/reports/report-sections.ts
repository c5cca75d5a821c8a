import type { CohortReport, ExportRow } from '@cti/analytics';

// The report's sections, and how each flattens into a result table for CSV, Arrow and Parquet downloads.
export const REPORT_SECTIONS = [
  'descriptives', 'change', 'comparison', 'recovery_star', 'costs', 'cost_effectiveness', 'fidelity',
  'municipality_costs', 'recovery_star_ladder', 'attrition', 'caseload', 'acceptability',
] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

export function sectionOf(report: CohortReport, section: ReportSection): unknown {
  switch (section) {
    case 'caseload':
      return report.fidelity.caseload;
    case 'acceptability':
      return report.cost_effectiveness?.bootstrap?.acceptability ?? [];
    default:
      return report[section];
  }
}

/** The section as rows; null where it is not a table (fidelity, cost_effectiveness, caseload are objects: JSON only). */
export function sectionRows(report: CohortReport, section: ReportSection): ExportRow[] | null {
  const value = sectionOf(report, section);
  return Array.isArray(value) ? (value as ExportRow[]) : null;
}
