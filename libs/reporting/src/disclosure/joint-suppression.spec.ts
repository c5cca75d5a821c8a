import { seededRandom } from '../../../analytics/src/statistics/seeded-random';
import { jointSuppression, type SuppressionCell } from './joint-suppression';
import { WithheldCells, type Relation } from './linear-exposure';
import { determinedCells, recomputingSuppression } from './testing/recomputing-suppression';

const K = 5;

/**
 * A grid as the pattern builds it: figures × (national + municipalities) × (all + target groups), with the national =
 * Σ municipalities and all = Σ target groups sums, and partitions (a ladder's n = Σ stages) within some views.
 */
function grid(seed: number, municipalities: number, targetGroups: number, figures: number) {
  const random = seededRandom(seed);
  const cells: SuppressionCell[] = [];
  const relations: Relation[] = [];
  const id = new Map<string, number>();
  const cell = (f: number, m: number, t: number) => id.get(`${f}/${m}/${t}`)!;
  const ms = [...Array(municipalities).keys()].map((i) => i + 1);
  const tgs = [...Array(targetGroups).keys()].map((i) => i + 1);
  for (let f = 0; f < figures; f++) {
    const add = (m: number, t: number, n: number) => {
      id.set(`${f}/${m}/${t}`, cells.length);
      cells.push({ n, primary: false });
    };
    const sum = (parts: number[]) => parts.reduce((s, p) => s + cells[p].n, 0);
    // the finest cells: mostly small, as at a municipality × target group in a thin cohort
    for (const m of ms) for (const t of tgs.length ? tgs : [0]) add(m, t, random() < 0.15 ? 0 : Math.floor(random() * 12));
    if (tgs.length) for (const m of ms) add(m, 0, sum(tgs.map((t) => cell(f, m, t))));
    for (const t of tgs) add(0, t, sum(ms.map((m) => cell(f, m, t))));
    add(0, 0, sum(ms.map((m) => cell(f, m, 0))));
    for (const t of [0, ...tgs]) relations.push(rel(cell(f, 0, t), ms.map((m) => cell(f, m, t))));
    if (tgs.length) for (const m of [0, ...ms]) relations.push(rel(cell(f, m, 0), tgs.map((t) => cell(f, m, t))));
  }
  // figures 0..2 partition figure 3 in every view (stages of a ladder and their n)
  if (figures >= 4) {
    for (let m = 0; m <= municipalities; m++) for (let t = 0; t <= targetGroups; t++) relations.push(rel(cell(3, m, t), [0, 1, 2].map((f) => cell(f, m, t))));
  }
  for (const c of cells) c.primary = c.n > 0 && c.n < K;
  // a few withheld by their view's own rule though not small
  for (let i = 0; i < cells.length; i += 37) cells[i].primary = cells[i].n > 0;
  return { cells, relations };
}

const rel = (total: number, parts: number[]): Relation => ({ cells: [total, ...parts], coefficients: [1, ...parts.map(() => -1)] });

describe('jointSuppression', () => {
  it.each([
    [1, 6, 3, 4], [2, 12, 5, 6], [3, 3, 0, 5], [4, 20, 4, 4], [5, 8, 2, 1],
  ])('gives exactly the pattern of recomputing every exposure after each cell (seed %i: %i municipalities × %i target groups, %i figures)', (seed, m, t, f) => {
    const { cells, relations } = grid(seed, m, t, f);
    const expected = recomputingSuppression(cells, relations, K);
    const secondary = [...expected.values()].filter((s) => s === 'secondary').length;
    expect(secondary).toBeGreaterThan(0); // the grids make it choose complementary cells, so the comparison can fail
    expect(jointSuppression(cells, relations, K)).toEqual(expected);
  });

  it('leaves no withheld cell determined by the published ones', () => {
    const { cells, relations } = grid(6, 10, 4, 4);
    const status = jointSuppression(cells, relations, K);
    expect(determinedCells(relations, new Set(status.keys())).size).toBe(0);
  });
});

describe('WithheldCells', () => {
  it('knows, after each cell withheld, the determined cells that solving the whole system again finds', () => {
    const { relations } = grid(7, 5, 3, 4);
    const random = seededRandom(8);
    const columns = new Map<number, Map<number, number>>();
    relations.forEach((r, i) => r.cells.forEach((c, j) => {
      const column = columns.get(c) ?? new Map<number, number>();
      column.set(i, (column.get(i) ?? 0) + r.coefficients[j]);
      columns.set(c, column);
    }));
    const system = new WithheldCells((c) => columns.get(c)!);
    const withheld = new Set<number>();
    const order = [...columns.keys()].sort(() => random() - 0.5);
    let sawDetermined = false;
    for (const c of order.slice(0, Math.floor(order.length * 0.6))) {
      system.withhold(c);
      withheld.add(c);
      const expected = determinedCells(relations, withheld);
      sawDetermined ||= expected.size > 0;
      expect([...system.determined].sort((a, b) => a - b)).toEqual([...expected].sort((a, b) => a - b));
    }
    expect(sawDetermined).toBe(true);
  });
});
