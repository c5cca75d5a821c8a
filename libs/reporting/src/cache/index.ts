export * from './computation-cache';
