export * from './small-cell-k';
export * from './withheld';
export * from './suppress-report';
export * from './view-grid';
export * from './disclosure-pattern';
export { smallCount, suppressPartition, type PartitionCell } from './cells';
