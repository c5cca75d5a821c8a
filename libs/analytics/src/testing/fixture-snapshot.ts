// Test support: a fixture cohort folder → analytics snapshot, through the real bundle reader.
import { join, resolve } from 'node:path';
import type { CohortBundle } from '@cti/domain';
import { loadInstrumentSeeds, loadMunicipalitySeeds, readBundleFromPath } from '@cti/cohorts';
import { snapshotFromBundle } from '../snapshot/from-bundle';
import type { AnalyticsSnapshot } from '../snapshot/schemas';

export const FIXTURES = resolve(__dirname, '../../../../test/fixtures');
export const FIXTURE_COHORTS = ['sample-cohort', 'sample-cohort-b'] as const;

export async function readFixtureBundle(cohort: string): Promise<CohortBundle> {
  const result = await readBundleFromPath(join(FIXTURES, cohort), {
    instruments: loadInstrumentSeeds(),
    municipalityCodes: new Set(loadMunicipalitySeeds().map((m) => m.code)),
    currentYear: 2025,
  });
  if (!result.ok) throw new Error(`fixture ${cohort} does not read: ${JSON.stringify(result.errors.slice(0, 5))}`);
  return result.bundle;
}

export async function fixtureSnapshot(cohort: string, bundle?: CohortBundle): Promise<AnalyticsSnapshot> {
  return snapshotFromBundle(bundle ?? (await readFixtureBundle(cohort)), loadInstrumentSeeds(), {
    id: cohort,
    createdAt: '2024-01-01T00:00:00.000Z',
    source: `fixture bundle test/fixtures/${cohort}`,
  });
}
