export * from './embedded-postgres';
export * from './database-target';
export * from './data-source';
export * from './bulk-sql';
export * from './database.module';
export * from './startup-failure';
export * from './application-role';
export * from './query-error-log';
