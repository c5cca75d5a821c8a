// Walks every figure of an R reference.json and compares it with the engine's report (analysis-spec.md tolerances).

/** Figures that are test statistics, p-values, limits, regression estimates or effect sizes: 1e-6, absolute or relative. */
const STATISTIC_FIELDS = /^(ci|t|p_ttest|p_wilcoxon|cohen_dz|welch_.*|hedges_g|ancova_.*|estimate|se|p|p_holm|residual_correlation)(\[\])?$/;
const RELATIVE_TOLERANCE = 1e-9;
const STATISTIC_TOLERANCE = 1e-6;

/** Fields that identify an entry of a list section. */
const IDENTITY_FIELDS = ['comparison', 'variable', 'level', 'outcome', 'arm', 'timepoint', 'horizon_months', 'analysis', 'instrument', 'criterion', 'category'];

export interface Comparison {
  compared: number;
  mismatches: string[];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function compareWithReference(reference: Record<string, Json>, report: Record<string, unknown>): Comparison {
  const result: Comparison = { compared: 0, mismatches: [] };
  for (const [section, expected] of Object.entries(reference)) compareValue(section, section, expected, report[section] as Json, result);
  return result;
}

function compareValue(path: string, field: string, expected: Json, actual: Json | undefined, out: Comparison): void {
  if (Array.isArray(expected) && expected.length > 0 && isObject(expected[0])) return compareEntries(path, expected as Record<string, Json>[], actual, out);
  if (isObject(expected)) {
    if (!isObject(actual)) return void out.mismatches.push(`${path}: expected an object, got ${JSON.stringify(actual)}`);
    const dataKeyed = DATA_KEYED_FIELDS.has(field);
    const extra = dataKeyed ? Object.keys(actual).filter((k) => !(k in expected)) : [];
    if (extra.length) out.mismatches.push(`${path}: unexpected keys ${extra.join(', ')}`);
    // Keys of a data-keyed object are names, not fields; its leaves keep the enclosing field's tolerance.
    for (const [key, value] of Object.entries(expected)) compareValue(`${path}.${key}`, dataKeyed && !isObject(value) ? field : key, value, actual[key], out);
    return;
  }
  out.compared++;
  if (!sameLeaf(field, expected, actual)) out.mismatches.push(`${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

/** Entries are matched by their identity fields; the report must hold exactly the reference's entries. */
function compareEntries(path: string, expected: Record<string, Json>[], actual: Json | undefined, out: Comparison): void {
  if (!Array.isArray(actual)) return void out.mismatches.push(`${path}: expected a list, got ${JSON.stringify(actual)}`);
  const identity = (entry: Record<string, Json>) => IDENTITY_FIELDS.filter((f) => f in entry).map((f) => `${f}=${entry[f]}`).join(',');
  const actualById = new Map((actual as Record<string, Json>[]).map((e) => [identity(e), e]));
  const expectedIds = new Set(expected.map(identity));
  for (const id of actualById.keys()) if (!expectedIds.has(id)) out.mismatches.push(`${path}[${id}]: entry not in the reference`);
  for (const entry of expected) {
    const id = identity(entry);
    const match = actualById.get(id);
    if (!match) out.mismatches.push(`${path}[${id}]: missing`);
    else compareValue(`${path}[${id}]`, '', entry, match, out);
  }
}

function sameLeaf(field: string, expected: Json, actual: Json | undefined): boolean {
  // R's jsonlite writes a one-element character vector as a bare string (auto_unbox): compare as a list.
  if (field === 'improved' && typeof expected === 'string') expected = [expected];
  if (Array.isArray(expected)) {
    const list = expected;
    return Array.isArray(actual) && actual.length === list.length && list.every((e, i) => sameLeaf(`${field}[]`, e, actual[i]));
  }
  if (typeof expected === 'number' && typeof actual === 'number') {
    const scale = Math.max(Math.abs(expected), Math.abs(actual));
    if (STATISTIC_FIELDS.test(field)) return Math.abs(expected - actual) <= STATISTIC_TOLERANCE * Math.max(1, scale);
    return Math.abs(expected - actual) <= RELATIVE_TOLERANCE * scale;
  }
  return expected === actual;
}

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Objects keyed by data (arms, categories, phases) rather than by field names: their keys must match exactly. */
const DATA_KEYED_FIELDS = new Set(['mean_cost', 'sd_cost', 'n', 'mean_cost_by_category', 'cti', 'control', 'phase_length_days', 'contact_minutes_by_phase', 'intensity_ratio', 'groups']);
