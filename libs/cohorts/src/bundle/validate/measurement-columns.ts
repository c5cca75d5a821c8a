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
