/** A linear relation among cells: Σ coefficient × cell = 0 (e.g. national − Σ municipalities = 0). */
export interface Relation {
  cells: number[];
  coefficients: number[];
}

const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));

/**
 * The withheld cells that published cells determine through the relations. Published cells are known constants, so
 * each relation restricted to the withheld cells is an equation in the unknowns; a withheld cell is determined iff its
 * unit vector lies in the row space of that matrix, i.e. iff some row of its reduced row echelon form has a single
 * non-zero entry (Gauss-Jordan elimination, exact over the integers; one connected component at a time).
 */
export function determinedCells(relations: readonly Relation[], withheld: ReadonlySet<number>): Set<number> {
  const rows: Map<number, number>[] = [];
  for (const r of relations) {
    const row = new Map<number, number>();
    r.cells.forEach((cell, i) => {
      if (withheld.has(cell)) row.set(cell, (row.get(cell) ?? 0) + r.coefficients[i]);
    });
    for (const [cell, c] of row) if (c === 0) row.delete(cell);
    if (row.size > 0) rows.push(row);
  }
  const determined = new Set<number>();
  for (const component of components(rows)) for (const cell of reduce(component)) determined.add(cell);
  return determined;
}

/** Rows grouped by shared unknowns: elimination never mixes unrelated groups, so each is reduced on its own. */
function components(rows: Map<number, number>[]): Map<number, number>[][] {
  return connectedGroups(rows, (row) => [...row.keys()]);
}

/** Items grouped by the cells they share, directly or through other items (union-find over cells). */
export function connectedGroups<T>(items: readonly T[], cellsOf: (item: T) => readonly number[]): T[][] {
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
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
    groups.set(root, [...(groups.get(root) ?? []), item]);
  }
  return [...groups.values()];
}

/** Gauss-Jordan over integer rows (each kept divided by its gcd); returns the unknowns of single-entry rows. */
function reduce(input: Map<number, number>[]): number[] {
  const rows = input.map((r) => new Map(r));
  const pivots: { row: Map<number, number>; cell: number }[] = [];
  for (const row of rows) {
    for (const p of pivots) eliminate(row, p.row, p.cell);
    if (row.size === 0) continue;
    const cell = row.keys().next().value!;
    for (const p of pivots) eliminate(p.row, row, cell);
    pivots.push({ row, cell });
  }
  return pivots.filter((p) => p.row.size === 1).map((p) => p.cell);
}

/** target := a·target − b·source so that `cell` vanishes from target. */
function eliminate(target: Map<number, number>, source: Map<number, number>, cell: number): void {
  const t = target.get(cell);
  if (t === undefined) return;
  const s = source.get(cell)!;
  for (const [c, v] of target) target.set(c, v * s);
  for (const [c, v] of source) {
    const next = (target.get(c) ?? 0) - v * t;
    if (next === 0) target.delete(c);
    else target.set(c, next);
  }
  let g = 0;
  for (const v of target.values()) g = gcd(g, v);
  if (g > 1) for (const [c, v] of target) target.set(c, v / g);
}
