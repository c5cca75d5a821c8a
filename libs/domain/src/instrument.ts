// The instrument registry's shape. Instruments are data (seeds/instruments/*.json), never code.

export interface InstrumentItem {
  /** Item code; the upload column is `<instrument>_<item>`. */
  code: string;
  label: string;
  labelDa?: string;
  min: number;
  max: number;
}

/** How a derived score is computed from the items, only when every item is present. */
export interface ScoreDefinition {
  /** Outcome name, e.g. `wemwbs_total`. */
  code: string;
  label: string;
  method: 'sum' | 'mean';
  /** Multiply the sum or mean (WHO-5: ×4 gives 0–100). */
  multiplier?: number;
  /** Raw sum → published score (SWEMWBS metric table). Keys are raw integer sums. */
  conversion?: Record<string, number>;
  /** What counts as a change of this score: the minimal important change and the reliability (for the reliable change index). */
  change?: ChangeInterpretation;
}

/** Registry data for responder analyses; a value is null where no published figure is held, and each figure names its source. */
export interface ChangeInterpretation {
  /** Minimal important change, in score points. */
  mic: number | null;
  micSource: string | null;
  /** Reliability for the Jacobson–Truax reliable change index (internal consistency or test–retest). */
  reliability: number | null;
  reliabilitySource: string | null;
}

export interface InstrumentDefinition {
  code: string;
  name: string;
  nameDa?: string;
  /** Recovery Star editions changed the dimensions, so a reading records which edition it used. */
  edition: string;
  higherIsBetter: boolean;
  items: InstrumentItem[];
  scores: ScoreDefinition[];
  /** Whether each item is also an outcome of its own (Recovery Star dimensions, SDS items). */
  itemsAreOutcomes: boolean;
}

export interface OutcomeDefinition {
  code: string;
  instrument: string;
  kind: 'item' | 'score';
  higherIsBetter: boolean;
}

/** Every outcome an instrument yields, scores first, then items where they are outcomes of their own. */
export function outcomesOf(instrument: InstrumentDefinition): OutcomeDefinition[] {
  const scores = instrument.scores.map((s) => ({ code: s.code, instrument: instrument.code, kind: 'score' as const, higherIsBetter: instrument.higherIsBetter }));
  const items = instrument.itemsAreOutcomes
    ? instrument.items.map((i) => ({ code: `${instrument.code}_${i.code}`, instrument: instrument.code, kind: 'item' as const, higherIsBetter: instrument.higherIsBetter }))
    : [];
  return [...scores, ...items];
}

export function itemColumn(instrument: string, item: string): string {
  return `${instrument}_${item}`;
}
