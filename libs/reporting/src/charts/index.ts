export { CHARTS, CHART_NAMES } from './chart-list';
export * from './chart-types';
export * from './render-svg';
export { outcomeCatalogue, type OutcomeCatalogue } from './outcome-catalogue';
