// Pure: the report cache's bookkeeping, charts, disclosure control, the report in words. Adapters: the Nest module and
// services over PostgreSQL (snapshots, the report service, the chart service, the disclosure grid of an evaluation).
export * from './adapters/reporting.module';
export * from './adapters/report.service';
export * from './adapters/report-cache';
export * from './adapters/report-warmup';
export * from './adapters/chart.service';
export * from './adapters/grid-of-evaluation';
export * from './adapters/postgres-snapshot';
export * from './adapters/published-evaluations';
export * from './cache';
export * from './report-text';
export * from './report-summary';
export * from './charts';
export * from './disclosure';
