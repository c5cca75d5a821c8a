import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadInstrumentSeeds, loadMunicipalitySeeds } from '../../adapters/registry/seed-files';
import { readBundleFromUploads } from '../read-bundle';
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

  it('is a warning of the bundle read, which the import result carries', async () => {
    const dir = resolve(__dirname, '../../../../../test/fixtures/sample-cohort');
    const file = (name: string) => ({ name, data: readFileSync(join(dir, name)) });
    // measurements.csv with four of the five WHO-5 item columns, blank
    const [header, ...lines] = readFileSync(join(dir, 'measurements.csv'), 'utf8').trimEnd().split('\n');
    const measurements = [`${header},${who5.slice(0, 4).join(',')}`, ...lines.map((l) => `${l},,,,`)].join('\n');
    const result = await readBundleFromUploads([file('courses.csv'), { name: 'measurements.csv', data: Buffer.from(measurements) }], {
      instruments, municipalityCodes: new Set(loadMunicipalitySeeds().map((m) => m.code)), currentYear: 2025,
    });
    expect(result.ok).toBe(true);
    expect(result.ok && result.warnings).toEqual([expect.stringContaining(`4 of 5 who5 item columns; missing ${who5[4]}`)]);
  });
});
