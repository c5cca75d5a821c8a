export * from './alert';
export * from './caseload';
export * from './intensity';
export * from './phase-alerts';
export * from './plan-alerts';
export * from './compute-alerts';
