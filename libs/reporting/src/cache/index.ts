export * from './computation-cache';
export * from './report-cache';
