import type { InstrumentDefinition, ScoreDefinition } from '@cti/domain';

/** Item code → value; null or absent is a missing item. */
export type ReadingValues = Record<string, number | null | undefined>;

/** Problems with a reading against the registry: unknown items, non-integers, values outside an item's range. */
export function readingProblems(instrument: InstrumentDefinition, values: ReadingValues): string[] {
  const items = new Map(instrument.items.map((i) => [i.code, i]));
  const problems: string[] = [];
  for (const [code, value] of Object.entries(values)) {
    const item = items.get(code);
    if (!item) {
      problems.push(`${instrument.code} has no item '${code}' (items: ${[...items.keys()].join(', ')})`);
      continue;
    }
    if (value === null || value === undefined) continue;
    if (!Number.isInteger(value)) problems.push(`${instrument.code}_${code} must be a whole number, not ${value}`);
    else if (value < item.min || value > item.max) problems.push(`${instrument.code}_${code} must be ${item.min}–${item.max}, not ${value}`);
  }
  return problems;
}

export interface ComputedScore {
  code: string;
  label: string;
  /** Null unless every item is present: a total of a partial reading would understate it. */
  value: number | null;
}

function score(def: ScoreDefinition, present: number[]): number | null {
  const sum = present.reduce((s, v) => s + v, 0);
  if (def.conversion) return def.conversion[String(sum)] ?? null;
  const raw = def.method === 'sum' ? sum : sum / present.length;
  return raw * (def.multiplier ?? 1);
}

/** The instrument's own scores (sum, mean, multiplier, conversion table), computed only from a complete reading. */
export function scoreReading(instrument: InstrumentDefinition, values: ReadingValues): ComputedScore[] {
  const present = instrument.items.map((i) => values[i.code]).filter((v): v is number => v !== null && v !== undefined);
  const complete = present.length === instrument.items.length;
  return instrument.scores.map((def) => ({ code: def.code, label: def.label, value: complete ? score(def, present) : null }));
}
