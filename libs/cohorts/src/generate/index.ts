export * from './generate-cohort';
