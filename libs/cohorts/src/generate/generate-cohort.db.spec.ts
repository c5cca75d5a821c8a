import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCohortContext } from '@cti/testing/cohort-context';
import { contextForBlock } from '@cti/testing/block-context';
import { testDatabases } from '@cti/testing/databases';
import { writeBundle } from '../bundle';
import { CohortImportService } from '../adapters/import/cohort-import.service';
import { loadInstrumentSeeds, loadMunicipalitySeeds } from '../adapters/registry/seed-files';
import { generateCohort } from './generate-cohort';

const instruments = loadInstrumentSeeds();
const municipalityCodes = loadMunicipalitySeeds().map((m) => m.code);
const generate = (courses: number, seed: number) => generateCohort({ courses, seed, instruments, municipalityCodes });

describe('generated cohort', () => {
  it('is the same for a seed and different for another', () => {
    expect(JSON.stringify(generate(50, 7))).toBe(JSON.stringify(generate(50, 7)));
    expect(JSON.stringify(generate(50, 8))).not.toBe(JSON.stringify(generate(50, 7)));
  });

  it('has the evaluation\'s shapes: both arms, attrition, item gaps, every municipality, contacts falling 4 : 2 : 1', () => {
    const b = generate(2000, 1);
    const cti = b.courses.filter((c) => c.arm === 'cti');
    expect(cti.length / b.courses.length).toBeGreaterThan(0.5);
    expect(cti.length / b.courses.length).toBeLessThan(0.7);
    expect(new Set(b.courses.map((c) => c.municipalityCode)).size).toBe(municipalityCodes.length);
    const at = (t: string) => b.measurements.filter((m) => m.timepoint === t).length;
    expect(at('baseline')).toBeGreaterThan(at('m9'));
    expect(at('m9')).toBeGreaterThan(at('m18'));
    const full = b.measurements.filter((m) => m.timepoint === 'baseline').length * 27;
    const given = b.measurements.filter((m) => m.timepoint === 'baseline').reduce((n, m) => n + m.values.length, 0);
    expect(given).toBeLessThan(full);
    expect(new Set(b.costs.map((c) => c.category))).toEqual(new Set(['establishment', 'cti_support', 's85_support', 'psychiatric_inpatient']));
    const start = new Map(b.courses.map((c) => [c.courseId, Date.parse(c.startDate)]));
    const perPhase = [0, 0, 0];
    for (const k of b.contacts) perPhase[Math.min(2, Math.floor((Date.parse(k.date) - start.get(k.courseId)!) / 86400000 / 91))]++;
    expect(perPhase[0] / perPhase[1]).toBeGreaterThan(1.7);
    expect(perPhase[1] / perPhase[2]).toBeGreaterThan(1.7);
  });
});

describe.each(testDatabases())('generated cohort imports cleanly on $name PostgreSQL', ({ url }) => {
  const ctx = contextForBlock(() => openCohortContext(url));

  it('imports 300 generated courses without an error, and again as unchanged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cti-generated-'));
    const bundle = generate(300, 3);
    await writeBundle(bundle, instruments, dir);
    const imports = ctx.get(CohortImportService);
    const r = await imports.import({ kind: 'path', path: dir }, { actor: 'test', evaluation: 'generated' });
    expect(r.errors).toEqual([]);
    expect(r.outcome).toBe('imported');
    expect(r.counts.courses.inserted).toBe(300);
    expect(r.counts.contacts.inserted).toBe(bundle.contacts.length);
    expect(r.counts.measurement_values.inserted).toBe(bundle.measurements.reduce((n, m) => n + m.values.length, 0));
    expect((await imports.import({ kind: 'path', path: dir }, { actor: 'test', evaluation: 'generated' })).outcome).toBe('unchanged');
  });
});
