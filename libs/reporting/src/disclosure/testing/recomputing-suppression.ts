// Test support: the joint suppression as first written, solving every withheld cell's exposure again from scratch
// after each cell it withholds (Gauss-Jordan over the whole group each time). Too slow at national scale, and plain
// to read: the incremental jointSuppression must give exactly its pattern.
import { smallCount } from '../cells';
import type { CellStatus, SuppressionCell } from '../joint-suppression';
import { connectedGroups, type Relation } from '../linear-exposure';

export function recomputingSuppression(cells: readonly SuppressionCell[], relations: readonly Relation[], k: number): Map<number, CellStatus> {
  const status = new Map<number, CellStatus>();
  cells.forEach((c, i) => c.primary && status.set(i, 'primary'));
  for (const group of connectedGroups(relations, (r) => r.cells)) protectGroup(group, cells, status, k);
  return status;
}

function protectGroup(relations: readonly Relation[], cells: readonly SuppressionCell[], status: Map<number, CellStatus>, k: number): void {
  const groupCells = [...new Set(relations.flatMap((r) => r.cells))];
  const published = (c: number) => !status.has(c);
  const rank = (c: number) => (cells[c].n === 0 ? Number.MAX_SAFE_INTEGER : cells[c].n);
  const smallest = (candidates: Iterable<number>): number | undefined => {
    let best: number | undefined;
    for (const c of candidates) if (published(c) && (best === undefined || rank(c) < rank(best) || (rank(c) === rank(best) && c < best))) best = c;
    return best;
  };
  for (;;) {
    const withheld = new Set(groupCells.filter((c) => !published(c)));
    if (withheld.size === 0) return;
    const exposed = exposure(relations, withheld, cells, k);
    if (!exposed) return;
    const next = smallest(exposed.flatMap((r) => r.cells)) ?? smallest(groupCells);
    if (next === undefined) return;
    status.set(next, 'secondary');
  }
}

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

/** Withheld cells whose unit vector lies in the row space of the relations restricted to them (row-wise Gauss-Jordan). */
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
  const pivots: { row: Map<number, number>; cell: number }[] = [];
  for (const row of rows) {
    for (const p of pivots) eliminate(row, p.row, p.cell);
    if (row.size === 0) continue;
    const cell = row.keys().next().value!;
    for (const p of pivots) eliminate(p.row, row, cell);
    pivots.push({ row, cell });
  }
  return new Set(pivots.filter((p) => p.row.size === 1).map((p) => p.cell));
}

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
}
