import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, openCohortContext } from '@cti/testing/cohort-context';
import { contextForBlock } from '@cti/testing/block-context';
import { testDatabases } from '@cti/testing/databases';
import { tableCounts } from '@cti/testing/reset-database';
import { readBundleFromUploads, type BundleContext } from '../../bundle';
import { loadInstrumentSeeds, loadMunicipalitySeeds } from '../registry/seed-files';
import { CohortImportService } from './cohort-import.service';

// Property-based fuzz of the importer: thousands of malformed bundles never crash it, every refusal is located, and a
// refused bundle writes nothing.

const FILES = ['courses.csv', 'measurements.csv', 'costs.csv', 'contacts.csv', 'focus_areas.csv'];
const KEEP_COURSES = 8;

/** A small valid bundle: the sample's first courses and the rows of the other files that belong to them. */
function readBaseBundle(): Map<string, string> {
  const read = (file: string) => readFileSync(join(FIXTURES, 'sample-cohort', file), 'utf8').split('\n');
  const courses = read('courses.csv').slice(0, KEEP_COURSES + 1);
  const ids = new Set(courses.slice(1).map((line) => line.split(',')[0]));
  return new Map(FILES.map((file) => {
    const [header, ...rows] = file === 'courses.csv' ? courses : read(file);
    return [file, [header, ...rows.filter((line) => ids.has(line.split(',')[0]))].join('\n')];
  }));
}

const BASE = readBaseBundle();
const baseBundle = () => new Map(BASE);

type Mutation = (text: string) => string;
const lines = (text: string) => text.split('\n');

/** Ways a real upload goes wrong: cells, rows, headers, encodings, truncation, stray bytes. */
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(), fc.nat(), fc.oneof(fc.string(), fc.constantFrom('', '-1', '99999', 'NaN', '2016-02-30', '"', '0101701234', '1e309', 'cti', ';'))).map(
    ([r, c, value]): Mutation => (text) => {
      const all = lines(text);
      const row = r % all.length;
      const cells = all[row].split(',');
      cells[c % cells.length] = value;
      all[row] = cells.join(',');
      return all.join('\n');
    },
  ),
  fc.nat().map((r): Mutation => (text) => lines(text).filter((_, i) => i !== r % lines(text).length).join('\n')),
  fc.nat().map((r): Mutation => (text) => { const all = lines(text); all.splice(r % all.length, 0, all[r % all.length]); return all.join('\n'); }),
  fc.nat().map((n): Mutation => (text) => text.slice(0, n % (text.length + 1))),
  fc.uint8Array({ maxLength: 40 }).map((bytes): Mutation => (text) => text + Buffer.from(bytes).toString('latin1')),
  fc.constant<Mutation>((text) => text.replaceAll(',', ';')),
  fc.constant<Mutation>((text) => text.replace(/^[^\n]*/, (header) => header.split(',').reverse().slice(1).join(','))),
);

/** A malformed bundle: some files mutated one or more times, some dropped, maybe renamed. */
const malformedBundle = fc
  .tuple(
    fc.array(fc.tuple(fc.constantFrom(...FILES), mutation), { minLength: 1, maxLength: 4 }),
    fc.subarray(FILES.slice(1)),
    fc.boolean(),
  )
  .map(([mutations, dropped, renameCourses]) => {
    const files = baseBundle();
    for (const [file, mutate] of mutations) files.set(file, mutate(files.get(file)!));
    for (const file of dropped) files.delete(file);
    return [...files].map(([name, text]) => ({ name: renameCourses && name === 'courses.csv' ? 'kurser.csv' : name, data: Buffer.from(text, 'latin1') }));
  });

describe('importer fuzz: the bundle reader', () => {
  const ctx: BundleContext = { instruments: loadInstrumentSeeds(), municipalityCodes: new Set(loadMunicipalitySeeds().map((m) => m.code)), currentYear: 2025 };

  it('never crashes on two thousand malformed bundles, and locates every problem in a file', async () => {
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(malformedBundle, async (files) => {
        const result = await readBundleFromUploads(files, ctx);
        if (result.ok) return;
        refused++;
        expect(result.errors.length).toBeGreaterThan(0);
        for (const e of result.errors) {
          expect(e.file).toMatch(/\S/);
          expect(e.message).toMatch(/\S/);
        }
      }),
      { numRuns: 2000, seed: 5 },
    );
    expect(refused).toBeGreaterThan(1000); // the generator does produce malformed bundles
  });
});

describe.each(testDatabases())('importer fuzz: through $name PostgreSQL', ({ url }) => {
  const app = contextForBlock(() => openCohortContext(url));
  const TABLES = ['evaluation', 'citizen', 'worker', 'course', 'measurement', 'measurement_value', 'cost_line', 'contact', 'focus_area', 'import_change'];

  it('writes all of a bundle or nothing of it', async () => {
    const imports = app.get(CohortImportService);
    await imports.import({ kind: 'uploads', files: [...baseBundle()].map(([name, text]) => ({ name, data: Buffer.from(text) })) }, { actor: 'fuzz', evaluation: 'fuzz' });
    await fc.assert(
      fc.asyncProperty(malformedBundle, async (files) => {
        const before = await tableCounts(url, TABLES);
        const result = await imports.import({ kind: 'uploads', files }, { actor: 'fuzz', evaluation: 'fuzz' });
        if (result.outcome === 'rejected') {
          expect(result.errors.length).toBeGreaterThan(0);
          expect(await tableCounts(url, TABLES)).toEqual(before);
        }
      }),
      { numRuns: 30, seed: 7 },
    );
  });
});
