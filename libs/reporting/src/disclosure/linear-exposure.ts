/** A linear relation among cells: Σ coefficient × cell = 0 (e.g. national − Σ municipalities = 0). */
export interface Relation {
  cells: number[];
  coefficients: number[];
}

/** Sparse integer vector: index → non-zero coefficient. */
type Sparse = Map<number, number>;

interface Pivot {
  /** A combination of withheld cells' columns, reduced: zero at every other pivot's row. */
  vector: Sparse;
  /** Which columns, with which coefficients, add up to `vector`. */
  combination: Sparse;
}

/**
 * The withheld cells of one group of relations, added one at a time, and which of them the published cells determine.
 * Published cells are known constants, so each relation is an equation in the withheld cells; a withheld cell is
 * determined iff every vector of the equations' null space is zero at it. Each withheld cell is a column (its
 * coefficient per relation), and a new column either is independent of the columns before it (the null space is as it
 * was: the new cell is determined, and every cell that was stays so) or is a combination of them (one new null vector:
 * every cell in that combination becomes undetermined). So adding a cell costs one column's elimination against the
 * columns before it, not the whole system again. Exact over the integers (Gauss-Jordan by columns, each vector kept
 * divided by its gcd).
 */
export class WithheldCells {
  /** The reduced columns, by the relation (row) each is the pivot of. */
  private readonly pivots = new Map<number, Pivot>();
  /** For each row, the pivots non-zero there (a new pivot's row is eliminated from just those). */
  private readonly pivotsAt = new Map<number, Set<Pivot>>();
  /** The withheld cells the published ones determine. */
  readonly determined = new Set<number>();

  /** `column(cell)`: the cell's coefficient in each relation it is in (none zero). */
  constructor(private readonly column: (cell: number) => Sparse) {}

  withhold(cell: number): void {
    const pivot: Pivot = { vector: new Map(this.column(cell)), combination: new Map([[cell, 1]]) };
    // the pivots are reduced, so eliminating one brings in no other pivot's row: one pass over the rows present
    for (const row of [...pivot.vector.keys()]) {
      const other = this.pivots.get(row);
      if (other && pivot.vector.has(row)) eliminate(pivot, other, row);
    }
    if (pivot.vector.size === 0) {
      // a combination of earlier columns: a new null vector, non-zero at each of the combination's cells
      for (const c of pivot.combination.keys()) this.determined.delete(c);
      return;
    }
    // any row of it may be its pivot; the one fewest other pivots hold costs the fewest eliminations (and fill-in)
    let row = -1;
    let holders = Number.POSITIVE_INFINITY;
    for (const r of pivot.vector.keys()) {
      const n = this.pivotsAt.get(r)?.size ?? 0;
      if (n < holders) [row, holders] = [r, n];
    }
    for (const other of [...(this.pivotsAt.get(row) ?? [])]) eliminate(other, pivot, row, this.track(other));
    this.pivots.set(row, pivot);
    for (const r of pivot.vector.keys()) this.track(pivot)(r, true);
    this.determined.add(cell);
  }

  /** Keeps pivotsAt up to date as a pivot's vector gains or loses a row. */
  private track(pivot: Pivot): RowChange {
    return (row, present) => {
      let at = this.pivotsAt.get(row);
      if (!at) this.pivotsAt.set(row, (at = new Set()));
      if (present) at.add(pivot);
      else at.delete(pivot);
    };
  }
}

type RowChange = (row: number, present: boolean) => void;

const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));

/** target := a·target − b·source (vector and combination alike) so that `row` vanishes from target's vector. */
function eliminate(target: Pivot, source: Pivot, row: number, changed?: RowChange): void {
  const t = target.vector.get(row)!;
  const s = source.vector.get(row)!;
  const g = gcd(s, t);
  combine(target.vector, source.vector, s / g, t / g, changed);
  combine(target.combination, source.combination, s / g, t / g);
  let d = 0;
  for (const v of target.vector.values()) d = gcd(d, v);
  for (const v of target.combination.values()) d = gcd(d, v);
  if (d > 1) {
    for (const [i, v] of target.vector) target.vector.set(i, v / d);
    for (const [i, v] of target.combination) target.combination.set(i, v / d);
  }
}

function combine(target: Sparse, source: Sparse, a: number, b: number, changed?: RowChange): void {
  if (a !== 1) for (const [i, v] of target) target.set(i, exact(v * a));
  for (const [i, v] of source) {
    const before = target.get(i);
    const next = exact((before ?? 0) - v * b);
    if (next === 0) target.delete(i);
    else target.set(i, next);
    if (changed && (before === undefined) !== (next === 0)) changed(i, next !== 0);
  }
}

/** Elimination is exact only while every coefficient is a safe integer; past that it would silently round. */
function exact(value: number): number {
  if (!Number.isSafeInteger(value)) throw new Error('disclosure pattern: a coefficient left the exact integer range');
  return value;
}

/** Items grouped by the cells they share, directly or through other items (union-find over cells). */
export function connectedGroups<T>(items: readonly T[], cellsOf: (item: T) => readonly number[]): T[][] {
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    // the whole path then points at the root (a national grid links hundreds of thousands of cells)
    for (let c = x; c !== root;) {
      const next = parent.get(c)!;
      parent.set(c, root);
      c = next;
    }
    return root;
  };
  for (const item of items) {
    const cells = cellsOf(item);
    for (const c of cells) if (!parent.has(c)) parent.set(c, c);
    for (const c of cells.slice(1)) parent.set(find(c), find(cells[0]));
  }
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const root = find(cellsOf(item)[0]);
    const group = groups.get(root);
    if (group) group.push(item);
    else groups.set(root, [item]);
  }
  return [...groups.values()];
}
