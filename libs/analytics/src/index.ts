export { AnalyticsEngine } from './engine/analytics-engine';
export type { BaselineRule, CostEffectivenessOptions, ReportOptions } from './engine/report-options';
export type { CohortReport } from './report/cohort-report';
export type * from './report/report-types';
export * from './snapshot/schemas';
export { snapshotFromBundle } from './snapshot/from-bundle';
