export * from './vocabulary';
export * from './cohort';
export * from './instrument';
export * from './cpr';
export * from './located-error';
export * from './access-scope';
export * from './safe-text';
export * from './spreadsheet-text';
