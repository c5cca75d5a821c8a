import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CohortBundle } from '@cti/domain';
import { loadInstrumentSeeds, loadMunicipalitySeeds, readBundleFromPath, writeBundle } from '@cti/cohorts';

/** The sample cohort repeated `scale` times under new course and citizen ids, written as a bundle folder. */
export async function scaledSampleBundle(scale: number): Promise<string> {
  const instruments = loadInstrumentSeeds();
  const municipalityCodes = new Set(loadMunicipalitySeeds().map((m) => m.code));
  const sample = await readBundleFromPath(resolve(__dirname, '../../../test/fixtures/sample-cohort'), { instruments, municipalityCodes });
  if (!sample.ok) throw new Error('sample cohort did not read');
  const b = sample.bundle;
  const copies = Array.from({ length: scale }, (_, i) => i);
  const id = (courseId: string, i: number) => `${courseId}-x${i}`;
  const bundle: CohortBundle = {
    courses: copies.flatMap((i) => b.courses.map((c) => ({ ...c, courseId: id(c.courseId, i), citizenId: `${c.citizenId}x${i}` }))),
    measurements: copies.flatMap((i) => b.measurements.map((m) => ({ ...m, courseId: id(m.courseId, i) }))),
    costs: copies.flatMap((i) => b.costs.map((l) => ({ ...l, courseId: id(l.courseId, i) }))),
    contacts: copies.flatMap((i) => b.contacts.map((k) => ({ ...k, courseId: id(k.courseId, i) }))),
    focusAreas: copies.flatMap((i) => b.focusAreas.map((f) => ({ ...f, courseId: id(f.courseId, i) }))),
  };
  const dir = mkdtempSync(join(tmpdir(), 'cti-scaled-bundle-'));
  await writeBundle(bundle, instruments, dir);
  return dir;
}
