// Test support: the attacker. Written apart from the pattern's code (its own reading of published reports, its own
// rank test), so that a mistake in one is not repeated in the other.

type Json = Record<string, unknown>;
const hidden = (v: unknown): boolean => typeof v === 'object' && v !== null && (v as Json).suppressed === true;

/** What a published report discloses: per figure, whether its counts and sums are published. */
export function publishedCells(report: unknown): Map<string, boolean> {
  const cells = new Map<string, boolean>();
  const r = report as Record<string, Json[] | Json>;
  const rows = (section: string): Json[] => (Array.isArray(r[section]) ? (r[section] as Json[]) : []);
  for (const row of rows('descriptives')) cells.set(`d ${row.outcome} ${row.arm} ${row.timepoint}`, !hidden(row) && !hidden(row.n) && !hidden(row.mean));
  for (const row of rows('descriptives_interim')) cells.set(`di ${row.outcome} ${row.arm} ${row.timepoint}`, !hidden(row) && !hidden(row.n) && !hidden(row.mean));
  for (const row of rows('change')) cells.set(`c ${row.outcome} ${row.arm} ${row.timepoint}`, !hidden(row) && !hidden(row.n) && !hidden(row.mean_change));
  // a change the report says it could not compute still has citizens behind it; known only when it says zero
  for (const gap of rows('unavailable')) {
    if (gap.section === 'change') cells.set(`c ${gap.outcome} ${gap.arm} ${gap.timepoint}`, gap.n === 0);
    if (gap.section === 'costs') for (const arm of ['cti', 'control']) cells.set(`cost ${gap.horizon_months} ${arm}`, gap[`n_${arm}`] === 0);
  }
  for (const row of rows('costs')) {
    for (const arm of ['cti', 'control']) {
      const n = row.n as Json, mean = row.mean_cost as Json;
      cells.set(`cost ${row.horizon_months} ${arm}`, !hidden(row) && !hidden(n) && !hidden(mean) && !hidden(n[arm]) && !hidden(mean[arm]));
    }
  }
  for (const row of rows('municipality_costs')) {
    for (const arm of ['cti', 'control']) {
      const m = (row.municipality as Json)[arm] as Json | null;
      if (m) cells.set(`mc ${row.municipality_code} ${row.horizon_months} ${arm}`, !hidden(m) && !hidden(m.n) && !hidden(m.mean_cost));
    }
  }
  // a stage's citizens are published outright, or follow from its share of a published n; the group's n is published
  // in any row, or follows from a published count and its share
  const ladder = rows('recovery_star_ladder');
  const groupOf = (row: Json) => `l ${row.dimension} ${row.arm} ${row.timepoint}`;
  const nKnown = new Map<string, boolean>();
  for (const row of ladder) nKnown.set(groupOf(row), (nKnown.get(groupOf(row)) ?? false) || !hidden(row.n) || (!hidden(row.citizens) && !hidden(row.share)));
  for (const row of ladder) {
    cells.set(`${groupOf(row)} ${row.stage}`, !hidden(row.citizens) || (!hidden(row.share) && nKnown.get(groupOf(row))!));
    cells.set(`${groupOf(row)} n`, nKnown.get(groupOf(row))!);
  }
  for (const row of rows('attrition')) {
    for (const f of ['allocated', 'measured', 'analysed']) if (row[f] !== null) cells.set(`a ${row.arm} ${row.timepoint} ${f}`, !hidden(row[f]));
  }
  return cells;
}

export interface AttackView {
  municipality: number | null;
  targetGroup: string | null;
  /** The published report, or null when this caller may not see the view. */
  report: unknown;
}

/** Withheld cells of visible views that exact linear differencing recovers: `${view} ${figure}`. */
export function recoverByDifferencing(views: readonly AttackView[]): string[] {
  const vk = (m: number | null, tg: string | null) => `${m ?? 'national'}/${tg ?? 'all'}`;
  const seen = new Map<string, Map<string, boolean> | null>(views.map((v) => [vk(v.municipality, v.targetGroup), v.report ? publishedCells(v.report) : null]));
  const allKeys = new Set([...seen.values()].flatMap((c) => (c ? [...c.keys()] : [])));
  const unknown = new Map<string, number>();
  const targets = new Set<number>();
  const variable = (view: string, key: string): number | 'known' => {
    const cells = seen.get(view);
    if (cells && (cells.get(key) ?? true)) return 'known'; // published, or absent from a view it could be in (zero)
    const name = `${view} ${key}`;
    if (!unknown.has(name)) unknown.set(name, unknown.size);
    if (cells) targets.add(unknown.get(name)!);
    return unknown.get(name)!;
  };
  const equations: Map<number, number>[] = [];
  const equation = (terms: [string, string, number][]) => {
    const eq = new Map<number, number>();
    for (const [view, key, c] of terms) {
      const v = variable(view, key);
      if (v !== 'known') eq.set(v, (eq.get(v) ?? 0) + c);
    }
    if (eq.size > 0) equations.push(eq);
  };
  const ms = [...new Set(views.map((v) => v.municipality).filter((m): m is number => m !== null))];
  const tgs = [...new Set(views.map((v) => v.targetGroup).filter((t): t is string => t !== null))];
  for (const key of allKeys) {
    if (key.startsWith('mc ')) continue;
    for (const tg of [null, ...tgs]) equation([[vk(null, tg), key, 1], ...ms.map((m): [string, string, number] => [vk(m, tg), key, -1])]);
    for (const m of [null, ...ms]) equation([[vk(m, null), key, 1], ...tgs.map((tg): [string, string, number] => [vk(m, tg), key, -1])]);
  }
  for (const view of seen.keys()) {
    const ladderGroups = new Set([...allKeys].filter((k) => k.startsWith('l ')).map((k) => k.split(' ').slice(0, 4).join(' ')));
    for (const g of ladderGroups) {
      const stages = [...allKeys].filter((k) => k.startsWith(`${g} `) && !k.endsWith(' n'));
      equation([[view, `${g} n`, 1], ...stages.map((s): [string, string, number] => [view, s, -1])]);
    }
    for (const key of allKeys) {
      const [tag, m, h, arm] = key.split(' ');
      // a row of the comparison says its municipality's own cost; a view without the row says nothing of it
      if (tag === 'mc' && seen.get(view)?.has(key)) equation([[view, key, 1], [vk(Number(m), view.split('/')[1] === 'all' ? null : view.split('/')[1]), `cost ${h} ${arm}`, -1]]);
    }
  }
  const names = [...unknown.keys()];
  return determined(equations, unknown.size).filter((v) => targets.has(v)).map((v) => names[v]);
}

/** x_j follows from A x = b iff every vector of A's null space is 0 at j (null space from a floating-point RREF). */
function determined(equations: Map<number, number>[], size: number): number[] {
  const out: number[] = [];
  const byVar = new Map<number, number[]>();
  equations.forEach((eq, i) => eq.forEach((_, v) => byVar.set(v, [...(byVar.get(v) ?? []), i])));
  const done = new Set<number>();
  for (let start = 0; start < size; start++) {
    if (done.has(start) || !byVar.has(start)) continue;
    const vars: number[] = [];
    const rows = new Set<number>();
    const queue = [start];
    done.add(start);
    while (queue.length) {
      const v = queue.pop()!;
      vars.push(v);
      for (const r of byVar.get(v) ?? []) {
        if (rows.has(r)) continue;
        rows.add(r);
        for (const w of equations[r].keys()) {
          if (done.has(w)) continue;
          done.add(w);
          queue.push(w);
        }
      }
    }
    const matrix = [...rows].map((r) => vars.map((v) => equations[r].get(v) ?? 0));
    const { reduced, pivotColumns } = rref(matrix);
    const free = vars.map((_, c) => c).filter((c) => !pivotColumns.includes(c));
    pivotColumns.forEach((c, i) => {
      if (free.every((f) => Math.abs(reduced[i][f]) < 1e-9)) out.push(vars[c]);
    });
  }
  return out;
}

function rref(input: number[][]): { reduced: number[][]; pivotColumns: number[] } {
  const m = input.map((r) => [...r]);
  const pivotColumns: number[] = [];
  const cols = m[0]?.length ?? 0;
  let r = 0;
  for (let c = 0; c < cols && r < m.length; c++) {
    let p = r;
    for (let i = r + 1; i < m.length; i++) if (Math.abs(m[i][c]) > Math.abs(m[p][c])) p = i;
    if (Math.abs(m[p][c]) < 1e-9) continue;
    [m[r], m[p]] = [m[p], m[r]];
    const lead = m[r][c];
    for (let j = c; j < cols; j++) m[r][j] /= lead;
    for (let i = 0; i < m.length; i++) {
      if (i === r || m[i][c] === 0) continue;
      const f = m[i][c];
      for (let j = c; j < cols; j++) m[i][j] -= f * m[r][j];
    }
    pivotColumns.push(c);
    r++;
  }
  return { reduced: m, pivotColumns };
}
