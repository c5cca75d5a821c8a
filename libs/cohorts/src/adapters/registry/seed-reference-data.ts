import type { DataSource } from 'typeorm';
import type { InstrumentDefinition } from '@cti/domain';
import { insertRows } from '@cti/persistence';
import { loadInstrumentSeeds, loadMunicipalitySeeds, type MunicipalitySeed } from './seed-files';

/**
 * Loads the reference data (municipalities, instrument registry) from seeds/ into the database. Idempotent:
 * existing rows are kept, so a new instrument or edition is one more seed file and one more start-up.
 */
export async function seedReferenceData(
  dataSource: DataSource,
  municipalities: MunicipalitySeed[] = loadMunicipalitySeeds(),
  instruments: InstrumentDefinition[] = loadInstrumentSeeds(),
): Promise<void> {
  await dataSource.transaction(async (em) => {
    await insertRows(em, 'municipality', ['code', 'name', 'region'], municipalities.map((m) => [m.code, m.name, m.region]), { onConflict: '(code) DO NOTHING' });
    for (const def of instruments) {
      const existing = (await em.query('SELECT id FROM instrument WHERE code = $1 AND edition = $2', [def.code, def.edition])) as { id: number }[];
      if (existing.length > 0) {
        // Interpretation figures (MIC, reliability) are refined as literature is read: the seed file's values win.
        for (const s of def.scores) {
          await em.query('UPDATE instrument_score SET change_interpretation = $3 WHERE instrument_id = $1 AND code = $2', [existing[0].id, s.code, s.change ? JSON.stringify(s.change) : null]);
        }
        continue;
      }
      // A new edition becomes the current one; readings of older editions keep pointing at theirs.
      await em.query('UPDATE instrument SET is_current = false WHERE code = $1', [def.code]);
      const [{ id }] = (await em.query(
        `INSERT INTO instrument (code, edition, name, name_da, higher_is_better, items_are_outcomes) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [def.code, def.edition, def.name, def.nameDa ?? null, def.higherIsBetter, def.itemsAreOutcomes],
      )) as { id: number }[];
      await insertRows(
        em,
        'instrument_item',
        ['instrument_id', 'code', 'position', 'label', 'label_da', 'min_value', 'max_value'],
        def.items.map((item, i) => [id, item.code, i + 1, item.label, item.labelDa ?? null, item.min, item.max]),
      );
      await insertRows(
        em,
        'instrument_score',
        ['instrument_id', 'code', 'label', 'method', 'multiplier', 'conversion', 'change_interpretation'],
        def.scores.map((s) => [id, s.code, s.label, s.method, s.multiplier ?? null, s.conversion ? JSON.stringify(s.conversion) : null, s.change ? JSON.stringify(s.change) : null]),
      );
    }
  });
}
