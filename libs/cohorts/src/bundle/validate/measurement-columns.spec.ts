import { loadInstrumentSeeds } from '../../registry/seed-files';
import { partialInstruments, registryItemColumns } from './measurement-columns';

describe('partial instruments in measurements.csv', () => {
  const instruments = loadInstrumentSeeds();
  const who5 = registryItemColumns(instruments).filter((c) => c.instrument.code === 'who5').map((c) => c.key);

  it('names the missing item columns of an instrument with some of its columns', () => {
    const found = partialInstruments(instruments, new Set(who5.slice(0, 4)));
    expect(found).toEqual([expect.objectContaining({ instrument: 'who5', missingColumns: [who5[4]] })]);
    expect(found[0].message).toContain(`4 of 5 who5 item columns; missing ${who5[4]}`);
  });

  it('is silent for instruments wholly present or absent', () => {
    expect(partialInstruments(instruments, new Set(who5))).toEqual([]);
    expect(partialInstruments(instruments, new Set())).toEqual([]);
  });
});
