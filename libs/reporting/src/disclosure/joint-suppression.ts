import { smallCount } from './cells';
import { connectedGroups, WithheldCells, type Relation } from './linear-exposure';

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
  // each cell's relations (indices into the group's list, in its order)
  const byCell = new Map<number, number[]>();
  relations.forEach((r, i) => {
    for (const c of r.cells) {
      const list = byCell.get(c);
      if (!list) byCell.set(c, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  });
  const column = (cell: number) => {
    const coefficients = new Map<number, number>();
    for (const i of byCell.get(cell)!) {
      const r = relations[i];
      const sum = r.cells.reduce((s, c, j) => (c === cell ? s + r.coefficients[j] : s), 0);
      if (sum !== 0) coefficients.set(i, sum);
    }
    return coefficients;
  };
  const system = new WithheldCells(column);
  // per relation: the citizens of its withheld parts, and whether its total is withheld
  const partsWithheld = new Array<number>(relations.length).fill(0);
  const totalsWithheld = new Array<number>(relations.length).fill(0);
  const fewWithheld = new Set<number>();
  // the smallest exposed cell and relation, each found in a heap of every one that was ever exposed
  const determinedOnce = new MinHeap();
  const fewOnce = new MinHeap();
  const withhold = (cell: number) => {
    system.withhold(cell);
    if (system.determined.has(cell)) determinedOnce.push(cell);
    for (const i of byCell.get(cell)!) {
      const r = relations[i];
      r.cells.forEach((c, j) => {
        if (c !== cell) return;
        if (r.coefficients[j] < 0) partsWithheld[i] += cells[c].n;
        else if (r.coefficients[j] > 0) totalsWithheld[i]++;
      });
      if (smallCount(partsWithheld[i], k) && totalsWithheld[i] === 0) {
        if (!fewWithheld.has(i)) fewOnce.push(i);
        fewWithheld.add(i);
      } else fewWithheld.delete(i);
    }
  };
  const groupCells = [...byCell.keys()];
  for (const c of groupCells) if (status.has(c)) withhold(c);
  const rank = (c: number) => (cells[c].n === 0 ? Number.MAX_SAFE_INTEGER : cells[c].n);
  const before = (a: number, b: number) => rank(a) < rank(b) || (rank(a) === rank(b) && a < b);
  const smallest = (candidates: Iterable<number>): number | undefined => {
    let best: number | undefined;
    for (const c of candidates) if (!status.has(c) && (best === undefined || before(c, best))) best = c;
    return best;
  };
  // the group's cells in that order: cells are only ever withheld, so the smallest published one is found by a cursor
  const ordered = [...groupCells].sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
  let cursor = 0;
  const smallestOfGroup = () => {
    while (cursor < ordered.length && status.has(ordered[cursor])) cursor++;
    return ordered[cursor];
  };
  for (;;) {
    const exposed = exposure(determinedOnce.smallest((c) => system.determined.has(c)), fewOnce.smallest((i) => fewWithheld.has(i)), byCell);
    if (!exposed) return;
    const next = smallest(exposed.flatMap((i) => relations[i].cells)) ?? smallestOfGroup();
    // every cell of the group is withheld; what the relations still pin down is then a zero they force, not a figure
    if (next === undefined) return;
    status.set(next, 'secondary');
    withhold(next);
  }
}

/**
 * The relations through which the first exposed cell could be worked out (the smallest determined cell's, else the
 * first relation whose withheld parts add up to fewer than k citizens beside a published total), or undefined.
 */
function exposure(determined: number | undefined, few: number | undefined, byCell: ReadonlyMap<number, number[]>): number[] | undefined {
  if (determined !== undefined) return byCell.get(determined);
  return few !== undefined ? [few] : undefined;
}

/**
 * A binary min-heap of numbers whose members may stop counting: `smallest(counts)` drops those that no longer do.
 * A cell stops being determined for good once it is not (withholding more never determines a cell again), and a
 * relation's withheld parts only grow, so a member that stopped counting is never needed again.
 */
class MinHeap {
  private readonly items: number[] = [];

  push(value: number): void {
    const a = this.items;
    a.push(value);
    for (let i = a.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (a[parent] <= a[i]) break;
      [a[parent], a[i]] = [a[i], a[parent]];
      i = parent;
    }
  }

  smallest(counts: (value: number) => boolean): number | undefined {
    const a = this.items;
    while (a.length > 0 && !counts(a[0])) {
      const last = a.pop()!;
      if (a.length === 0) break;
      a[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        if (l < a.length && a[l] < a[m]) m = l;
        if (r < a.length && a[r] < a[m]) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
    }
    return a[0];
  }
}
