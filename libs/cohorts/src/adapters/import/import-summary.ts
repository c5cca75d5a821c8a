/** What an import did to one table. */
export interface TableCounts {
  inBundle: number;
  inserted: number;
  updated: number;
  deleted: number;
  unchanged: number;
}

export const COUNTED_TABLES = ['courses', 'measurements', 'measurement_values', 'cost_lines', 'contacts', 'focus_areas'] as const;
export type CountedTable = (typeof COUNTED_TABLES)[number];

/** A value a re-import changed, recorded in import_change. */
export interface ChangeRecord {
  tableName: string;
  recordKey: string;
  field: string;
  oldValue: string | null;
  newValue: string | null;
}

export interface WriteSummary {
  counts: Record<CountedTable, TableCounts>;
  changes: ChangeRecord[];
  /** Courses stored earlier that this bundle does not contain: kept, never silently deleted. */
  coursesNotInBundle: string[];
}

export function emptyCounts(): Record<CountedTable, TableCounts> {
  return Object.fromEntries(COUNTED_TABLES.map((t) => [t, { inBundle: 0, inserted: 0, updated: 0, deleted: 0, unchanged: 0 }])) as Record<CountedTable, TableCounts>;
}

/** A table the import left as it was: every row of the bundle equal to the stored one. */
export const unchangedCounts = (n: number): TableCounts => ({ inBundle: n, inserted: 0, updated: 0, deleted: 0, unchanged: n });

export function changedAnything(summary: WriteSummary): boolean {
  return Object.values(summary.counts).some((c) => c.inserted + c.updated + c.deleted > 0);
}
