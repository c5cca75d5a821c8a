export * from './calendar-date';
export * from './copenhagen-today';
export * from './clock';
