import type { EntityManager } from 'typeorm';
import type { InstrumentDefinition } from '@cti/domain';

/** The registry as the database holds it: current editions as domain definitions, and item ids for storing readings. */
export interface InstrumentRegistry {
  instruments: InstrumentDefinition[];
  /** `<instrument>_<item>` → instrument_item.id of the current edition. */
  itemIds: Map<string, number>;
  /** instrument_item.id → `<instrument>_<item>`, for every edition (old readings included). */
  itemColumns: Map<number, { instrument: string; item: string }>;
}

interface ItemRow {
  item_id: number;
  instrument_id: number;
  instrument: string;
  edition: string;
  name: string;
  name_da: string | null;
  higher_is_better: boolean;
  items_are_outcomes: boolean;
  is_current: boolean;
  code: string;
  label: string;
  label_da: string | null;
  min_value: string;
  max_value: string;
}

interface ScoreRow {
  instrument_id: number;
  code: string;
  label: string;
  method: 'sum' | 'mean';
  multiplier: string | null;
  conversion: Record<string, number> | null;
}

export async function loadInstrumentRegistry(em: EntityManager): Promise<InstrumentRegistry> {
  const items = (await em.query(`
    SELECT ii.id AS item_id, i.id AS instrument_id, i.code AS instrument, i.edition, i.name, i.name_da, i.higher_is_better,
           i.items_are_outcomes, i.is_current, ii.code, ii.label, ii.label_da, ii.min_value, ii.max_value
    FROM instrument_item ii JOIN instrument i ON i.id = ii.instrument_id
    ORDER BY i.code, ii.position`)) as ItemRow[];
  const scores = (await em.query(`SELECT instrument_id, code, label, method, multiplier, conversion FROM instrument_score ORDER BY id`)) as ScoreRow[];

  const byInstrument = new Map<number, InstrumentDefinition>();
  const itemIds = new Map<string, number>();
  const itemColumns = new Map<number, { instrument: string; item: string }>();
  for (const row of items) {
    itemColumns.set(row.item_id, { instrument: row.instrument, item: row.code });
    if (!row.is_current) continue;
    itemIds.set(`${row.instrument}_${row.code}`, row.item_id);
    let def = byInstrument.get(row.instrument_id);
    if (!def) {
      def = {
        code: row.instrument, edition: row.edition, name: row.name, nameDa: row.name_da ?? undefined, higherIsBetter: row.higher_is_better,
        itemsAreOutcomes: row.items_are_outcomes, items: [], scores: [],
      };
      byInstrument.set(row.instrument_id, def);
    }
    def.items.push({ code: row.code, label: row.label, labelDa: row.label_da ?? undefined, min: Number(row.min_value), max: Number(row.max_value) });
  }
  for (const s of scores) {
    byInstrument.get(s.instrument_id)?.scores.push({
      code: s.code, label: s.label, method: s.method,
      ...(s.multiplier !== null ? { multiplier: Number(s.multiplier) } : {}),
      ...(s.conversion ? { conversion: s.conversion } : {}),
    });
  }
  return { instruments: [...byInstrument.values()], itemIds, itemColumns };
}

/** The score outcomes of the current editions (`wemwbs_total`, `sds_total`, …), in registry order. */
export async function loadScoreOutcomes(em: EntityManager): Promise<string[]> {
  const rows = (await em.query('SELECT s.code FROM instrument_score s JOIN instrument i ON i.id = s.instrument_id WHERE i.is_current ORDER BY i.code, s.id')) as { code: string }[];
  return rows.map((r) => r.code);
}

export async function loadMunicipalityCodes(em: EntityManager): Promise<Set<number>> {
  const rows = (await em.query('SELECT code FROM municipality')) as { code: number }[];
  return new Set(rows.map((r) => Number(r.code)));
}
