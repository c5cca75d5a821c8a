export * from './small-cell-k';
export * from './withheld';
export * from './suppress-report';
