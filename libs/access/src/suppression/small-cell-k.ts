/** Danish small-numbers practice: no published figure may rest on fewer than k citizens. */
export const DEFAULT_SMALL_CELL_K = 5;
export const MIN_SMALL_CELL_K = 3;

/** k from CTI_SMALL_CELL_K (default 5); a value below 3 is refused, so a misconfiguration cannot weaken the rule. */
export function smallCellK(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.CTI_SMALL_CELL_K;
  const k = raw === undefined || raw === '' ? DEFAULT_SMALL_CELL_K : Number(raw);
  if (!Number.isInteger(k) || k < MIN_SMALL_CELL_K) throw new Error(`CTI_SMALL_CELL_K must be a whole number of at least ${MIN_SMALL_CELL_K} (got ${raw})`);
  return k;
}
