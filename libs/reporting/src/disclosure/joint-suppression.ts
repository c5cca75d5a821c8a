import { smallCount } from './cells';
import { determinedCells, type Relation } from './linear-exposure';

export interface SuppressionCell {
  /** Citizens the cell rests on. */
  n: number;
  /** Withheld on its own (fewer than k citizens, or by the rule within its view). */
  primary: boolean;
}

export type CellStatus = 'primary' | 'secondary';

/**
 * Complementary suppression over cells linked by linear relations (hierarchical tables: national = Σ municipalities,
 * all target groups = Σ target groups, a ladder's n = Σ stages). Starting from the primary cells, while a withheld cell
 * is determined by the published ones, or the withheld parts of a relation add up to fewer than k citizens, the
 * published cell with the fewest citizens in such a relation is withheld too.
 */
export function jointSuppression(cells: readonly SuppressionCell[], relations: readonly Relation[], k: number): Map<number, CellStatus> {
  const status = new Map<number, CellStatus>();
  cells.forEach((c, i) => c.primary && status.set(i, 'primary'));
  const byCell = new Map<number, Relation[]>();
  for (const r of relations) for (const c of r.cells) byCell.set(c, [...(byCell.get(c) ?? []), r]);
  // a published zero discloses no one, so zeros go last; but withheld, a zero is one more unknown
  const smallestPublished = (rs: readonly Relation[], least = 1): number | undefined => {
    let best: number | undefined;
    for (const r of rs) for (const c of r.cells) if (!status.has(c) && cells[c].n >= least && (best === undefined || cells[c].n < cells[best].n)) best = c;
    return best;
  };
  for (;;) {
    const withheld = new Set(status.keys());
    const weak: Relation[] = [];
    for (const cell of determinedCells(relations, withheld)) weak.push(...(byCell.get(cell) ?? []));
    for (const r of relations) {
      const sum = r.cells.reduce((s, c, i) => s + (withheld.has(c) && r.coefficients[i] < 0 ? cells[c].n : 0), 0);
      if (smallCount(sum, k) && !r.cells.some((c, i) => r.coefficients[i] > 0 && withheld.has(c))) weak.push(r);
    }
    if (weak.length === 0) return status;
    // one cell per weak relation per round (the same cell often protects several), then look again
    const chosen = new Set<number>();
    for (const r of new Set(weak)) {
      if (r.cells.some((c) => chosen.has(c))) continue;
      const next = smallestPublished([r]) ?? smallestPublished([r], 0);
      if (next !== undefined) chosen.add(next);
    }
    // every cell of those relations is withheld: look one relation further, through the cells they share
    for (let reach = new Set(weak); chosen.size === 0 && reach.size < relations.length; ) {
      const wider = new Set([...reach].flatMap((r) => r.cells.flatMap((c) => byCell.get(c) ?? [])));
      if (wider.size === reach.size) break;
      reach = wider;
      const next = smallestPublished([...reach]) ?? smallestPublished([...reach], 0);
      if (next !== undefined) chosen.add(next);
    }
    // the whole connected table is withheld; what the relations still pin down there is a contradiction among them
    // (e.g. courses without a target group make 'all' more than the sum), not a figure an attacker can derive
    if (chosen.size === 0) return status;
    for (const c of chosen) status.set(c, 'secondary');
  }
}
