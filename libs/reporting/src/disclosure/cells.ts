import { DERIVABLE, fewerThan, type Withheld } from './withheld';

// The building blocks of the rule. A count of citizens is small when it is 1..k-1 (zero discloses no one);
// a figure computed over citizens (a mean, a test) is withheld when it rests on fewer than k.

export const smallCount = (count: number, k: number): boolean => count > 0 && count < k;
export const restsOnFew = (n: number, k: number): boolean => !(n >= k);

/** A cell of a partition: its count, and how to withhold it where it is published. */
export interface PartitionCell {
  count: number;
  withhold(marker: Withheld): void;
}

/**
 * Primary and secondary suppression over cells that add up to a published total (stages of a ladder, municipalities of
 * the national figure, the two sides of a share). Small cells go first; then, while a single cell is withheld or the
 * withheld cells add up to a small number (either could be worked out from the total), the smallest published non-zero
 * cell goes too. Returns the cells withheld.
 */
export function suppressPartition(cells: readonly PartitionCell[], k: number): Set<PartitionCell> {
  const hidden = new Set(cells.filter((c) => smallCount(c.count, k)));
  for (const c of hidden) c.withhold(fewerThan(k));
  const hiddenSum = () => [...hidden].reduce((sum, c) => sum + c.count, 0);
  while (hidden.size > 0 && (hidden.size === 1 || smallCount(hiddenSum(), k))) {
    const next = cells.filter((c) => !hidden.has(c) && c.count > 0).sort((a, b) => a.count - b.count)[0];
    if (!next) break;
    next.withhold(DERIVABLE);
    hidden.add(next);
  }
  return hidden;
}

/** A count out of a total (e.g. courses with a handover plan): withheld if it or its complement is small. */
export function countOfTotalIsSmall(count: number, total: number, k: number): boolean {
  return smallCount(count, k) || smallCount(total - count, k);
}
