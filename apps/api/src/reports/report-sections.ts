import type { CohortReport, ExportRow } from '@cti/analytics';
import { isWithheld, type PublishedReport } from '@cti/reporting';

type AnyReport = CohortReport | PublishedReport;

// The report's sections, and how each flattens into a result table for CSV, Arrow and Parquet downloads.
export const REPORT_SECTIONS = [
  'descriptives', 'change', 'comparison', 'recovery_star', 'costs', 'cost_effectiveness', 'fidelity',
  'municipality_costs', 'recovery_star_ladder', 'attrition', 'distributions', 'caseload', 'acceptability',
] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

// Reads through possibly withheld parts: a withheld parent yields the marker itself.
function at(value: unknown, ...path: string[]): unknown {
  for (const key of path) {
    if (value === null || value === undefined || isWithheld(value)) return value;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

export function sectionOf(report: AnyReport, section: ReportSection): unknown {
  switch (section) {
    case 'caseload':
      return at(report, 'fidelity', 'caseload');
    case 'acceptability':
    {
      // a withheld or unavailable cost-effectiveness analysis has no curve: an empty table, not an error
      const curve = at(report, 'cost_effectiveness', 'bootstrap', 'acceptability');
      return Array.isArray(curve) ? curve : [];
    }
    default:
      return report[section];
  }
}

/**
 * The section as rows; null where it is not a table (fidelity, cost_effectiveness, caseload are objects: JSON only).
 * A withheld cell is left empty in a download, and the row's `withheld` column names the cells left empty.
 */
export function sectionRows(report: AnyReport, section: ReportSection): ExportRow[] | null {
  const value = sectionOf(report, section);
  if (!Array.isArray(value)) return null;
  if (!('suppression' in report.metadata)) return value as ExportRow[];
  return (value as ExportRow[]).map((row) => {
    const hidden = Object.keys(row).filter((key) => isWithheld(row[key]));
    return { ...row, ...Object.fromEntries(hidden.map((key) => [key, null])), withheld: hidden.join(';') };
  });
}
