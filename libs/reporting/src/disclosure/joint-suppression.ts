import { smallCount } from './cells';
import { connectedGroups, determinedCells, type Relation } from './linear-exposure';

export interface SuppressionCell {
  /** Citizens the cell rests on. */
  n: number;
  /** Withheld on its own (fewer than k citizens, or by the rule within its view). */
  primary: boolean;
}

export type CellStatus = 'primary' | 'secondary';

/**
 * Complementary suppression over cells linked by linear relations (hierarchical tables: national = Σ municipalities,
 * all target groups = Σ target groups, a ladder's n = Σ stages). Cells that share no relation, directly or through
 * others, are independent, so each connected group of cells is solved on its own. Within a group, starting from the
 * primary cells: while some withheld cell is determined by the published ones, or the withheld parts of a relation add
 * up to fewer than k citizens, one more cell is withheld, the published cell with the fewest citizens among those
 * that share a relation with the exposed one (zeros last: a published zero discloses no one), and the group is checked
 * again. One cell at a time, so a total is withheld only when no smaller cell protects the exposed one.
 */
export function jointSuppression(cells: readonly SuppressionCell[], relations: readonly Relation[], k: number): Map<number, CellStatus> {
  const status = new Map<number, CellStatus>();
  cells.forEach((c, i) => c.primary && status.set(i, 'primary'));
  for (const group of connectedGroups(relations, (r) => r.cells)) protectGroup(group, cells, status, k);
  return status;
}

function protectGroup(relations: readonly Relation[], cells: readonly SuppressionCell[], status: Map<number, CellStatus>, k: number): void {
  const byCell = new Map<number, Relation[]>();
  for (const r of relations) for (const c of r.cells) byCell.set(c, [...(byCell.get(c) ?? []), r]);
  const groupCells = [...byCell.keys()];
  const published = (c: number) => !status.has(c);
  const smallest = (candidates: Iterable<number>): number | undefined => {
    let best: number | undefined;
    const rank = (c: number) => (cells[c].n === 0 ? Number.MAX_SAFE_INTEGER : cells[c].n);
    for (const c of candidates) if (published(c) && (best === undefined || rank(c) < rank(best) || (rank(c) === rank(best) && c < best))) best = c;
    return best;
  };
  for (;;) {
    const withheld = new Set(groupCells.filter((c) => !published(c)));
    if (withheld.size === 0) return;
    const exposed = exposure(relations, withheld, cells, k);
    if (!exposed) return;
    const next = smallest(exposed.flatMap((r) => r.cells)) ?? smallest(groupCells);
    // every cell of the group is withheld; what the relations still pin down is then a zero they force, not a figure
    if (next === undefined) return;
    status.set(next, 'secondary');
  }
}

/** The relations through which the first exposed cell could be worked out, or undefined when none is exposed. */
function exposure(relations: readonly Relation[], withheld: ReadonlySet<number>, cells: readonly SuppressionCell[], k: number): Relation[] | undefined {
  const determined = determinedCells(relations, withheld);
  if (determined.size > 0) {
    const first = Math.min(...determined);
    return relations.filter((r) => r.cells.includes(first));
  }
  for (const r of relations) {
    const sum = r.cells.reduce((s, c, i) => s + (withheld.has(c) && r.coefficients[i] < 0 ? cells[c].n : 0), 0);
    if (smallCount(sum, k) && !r.cells.some((c, i) => r.coefficients[i] > 0 && withheld.has(c))) return [r];
  }
  return undefined;
}
