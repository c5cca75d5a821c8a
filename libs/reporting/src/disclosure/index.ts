export * from './small-cell-k';
export * from './withheld';
export * from './suppress-report';
export * from './view-grid';
export * from './disclosure-pattern';
export * from './grid-of-evaluation';
export { smallCount, suppressPartition, type PartitionCell } from './cells';
