import { itemColumn, type InstrumentDefinition, type InstrumentItem } from '@cti/domain';

export interface ItemColumn {
  key: string;
  instrument: InstrumentDefinition;
  item: InstrumentItem;
}

/** Every `<instrument>_<item>` column the registry knows, in registry order (instrument, then item). */
export function registryItemColumns(instruments: InstrumentDefinition[]): ItemColumn[] {
  return instruments.flatMap((instrument) =>
    instrument.items.map((item) => ({ key: itemColumn(instrument.code, item.code).toLowerCase(), instrument, item })),
  );
}

/** An instrument with some but not all of its item columns: it imports, but its scores can never be computed. */
export interface PartialInstrument {
  instrument: string;
  missingColumns: string[];
  /** The import warning, naming the missing item columns. */
  message: string;
}

export function partialInstruments(instruments: InstrumentDefinition[], presentKeys: ReadonlySet<string>): PartialInstrument[] {
  return instruments.flatMap((instrument) => {
    const columns = registryItemColumns([instrument]).map((c) => c.key);
    const missingColumns = columns.filter((key) => !presentKeys.has(key));
    if (missingColumns.length === 0 || missingColumns.length === columns.length) return [];
    return [{
      instrument: instrument.code,
      missingColumns,
      message: `measurements.csv has ${columns.length - missingColumns.length} of ${columns.length} ${instrument.code} item columns; missing ${missingColumns.join(', ')}: no ${instrument.code} score can be computed`,
    }];
  });
}
