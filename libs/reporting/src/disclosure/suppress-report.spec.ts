import { loadConfig } from '@cti/config';
import { suppressPartition, type PartitionCell } from './cells';
import { smallCellK } from './small-cell-k';
import { DERIVABLE, type Withheld } from './withheld';

// The partition rule and k; the rules on whole reports computed in DuckDB are in suppress-report.duckdb.spec.ts.
const K = 5;

function cells(counts: number[]): { cells: PartitionCell[]; hidden: (Withheld | null)[] } {
  const hidden: (Withheld | null)[] = counts.map(() => null);
  return { cells: counts.map((count, i) => ({ count, withhold: (m) => void (hidden[i] = m) })), hidden };
}

describe('the partition rule', () => {
  it('withholds a small cell, and the smallest other one so it cannot be worked out from the total', () => {
    const { cells: c, hidden } = cells([2, 10, 20]);
    suppressPartition(c, K);
    expect(hidden.map((h) => h?.reason ?? null)).toEqual(['fewer than 5 citizens', DERIVABLE.reason, null]);
  });

  it('goes on while the withheld cells add up to a small number', () => {
    const { cells: c, hidden } = cells([1, 1, 30, 40]);
    suppressPartition(c, K);
    expect(hidden.map(Boolean)).toEqual([true, true, true, false]);
  });

  it('leaves zeros and cells of k or more alone', () => {
    const { cells: c, hidden } = cells([0, 5, 9]);
    suppressPartition(c, K);
    expect(hidden).toEqual([null, null, null]);
  });
});

describe('k', () => {
  it('is 5 by default, configurable, and never below 3', () => {
    expect(smallCellK(loadConfig({}))).toBe(5);
    expect(smallCellK(loadConfig({ CTI_SMALL_CELL_K: '7' }))).toBe(7);
    expect(() => smallCellK(loadConfig({ CTI_SMALL_CELL_K: '2' }))).toThrow(/CTI_SMALL_CELL_K/);
    expect(() => smallCellK(loadConfig({ CTI_SMALL_CELL_K: 'five' }))).toThrow();
  });
});
