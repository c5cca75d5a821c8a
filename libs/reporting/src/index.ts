export * from './reporting.module';
export * from './report.service';
export * from './cache';
export * from './postgres-snapshot';
export * from './report-text';
export * from './published-evaluations';
export * from './charts';
export * from './disclosure';
