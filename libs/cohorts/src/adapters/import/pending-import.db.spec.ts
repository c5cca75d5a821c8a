// On the embedded database an import writes its new courses into a hidden evaluation in short transactions and moves
// them over in its own transaction (pending-import.ts); on PostgreSQL it writes them in that one transaction. Both must
// end the same: the same rows, counts, recorded changes and shared pseudonyms.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CohortBundle } from '@cti/domain';
import { openCohortContext, FIXTURES } from '@cti/testing/cohort-context';
import { contextForBlock } from '@cti/testing/block-context';
import { testDatabases } from '@cti/testing/databases';
import { tableCounts } from '@cti/testing/reset-database';
import { DataSource } from 'typeorm';
import { writeBundle } from '../../bundle';
import { loadInstrumentSeeds } from '../registry/seed-files';
import { CohortImportService } from './cohort-import.service';
import { PENDING_CHUNK_COURSES, PENDING_SLUG_PREFIX } from './pending-import';

const renamed = (b: CohortBundle, suffix: string): CohortBundle => {
  const id = (courseId: string) => `${courseId}-${suffix}`;
  return {
    courses: b.courses.map((c) => ({ ...c, courseId: id(c.courseId), citizenId: `${c.citizenId}${suffix}` })),
    measurements: b.measurements.map((m) => ({ ...m, courseId: id(m.courseId) })),
    costs: b.costs.map((l) => ({ ...l, courseId: id(l.courseId) })),
    contacts: b.contacts.map((k) => ({ ...k, courseId: id(k.courseId) })),
    focusAreas: b.focusAreas.map((f) => ({ ...f, courseId: id(f.courseId) })),
  };
};
const joined = (a: CohortBundle, b: CohortBundle): CohortBundle =>
  Object.fromEntries(Object.keys(a).map((k) => [k, [...a[k as keyof CohortBundle], ...b[k as keyof CohortBundle]]])) as unknown as CohortBundle;

describe.each(testDatabases())('an import of many new courses beside stored ones on $name PostgreSQL', ({ url }) => {
  const ctx = contextForBlock(() => openCohortContext(url));
  let imports: CohortImportService;
  let first: string;
  let second: string;
  let secondBundle: CohortBundle;

  beforeAll(async () => {
    imports = ctx.get(CohortImportService);
    const sample = await imports.read({ kind: 'path', path: join(FIXTURES, 'sample-cohort') });
    if (!sample.ok) throw new Error('sample did not read');
    const a = renamed(sample.bundle, 'a');
    const b = renamed(sample.bundle, 'b');
    // a new course of a citizen already stored, and a stored course changed
    b.courses[0] = { ...b.courses[0], citizenId: a.courses[0].citizenId };
    const changedA = { ...a, courses: a.courses.map((c, i) => (i === 1 ? { ...c, sex: (c.sex === 'f' ? 'm' : 'f') as 'm' | 'f' } : c)) };
    secondBundle = joined(changedA, b);
    expect(b.courses.length).toBeGreaterThan(PENDING_CHUNK_COURSES); // more than one chunk on the embedded database
    first = mkdtempSync(join(tmpdir(), 'cti-pending-a-'));
    second = mkdtempSync(join(tmpdir(), 'cti-pending-ab-'));
    await writeBundle(a, loadInstrumentSeeds(), first);
    await writeBundle(secondBundle, loadInstrumentSeeds(), second);
  });

  it('writes the new courses, compares the stored ones, shares the stored citizen and leaves nothing hidden behind', async () => {
    const r1 = await imports.import({ kind: 'path', path: first }, { actor: 'test', evaluation: 'mixed' });
    expect(r1.counts.courses).toEqual({ inBundle: 151, inserted: 151, updated: 0, deleted: 0, unchanged: 0 });
    const r2 = await imports.import({ kind: 'path', path: second }, { actor: 'test', evaluation: 'mixed' });
    expect(r2.outcome).toBe('imported');
    expect(r2.counts.courses).toEqual({ inBundle: 302, inserted: 151, updated: 1, deleted: 0, unchanged: 150 });
    expect(r2.counts.contacts.inBundle).toBe(secondBundle.contacts.length);
    expect(r2.counts.measurement_values.inserted).toBe(secondBundle.measurements.slice(secondBundle.measurements.length / 2).reduce((n, m) => n + m.values.length, 0));
    expect(r2.changes.map((c) => `${c.tableName} ${c.recordKey} ${c.field}`)).toEqual([`course ${secondBundle.courses[1].courseId} sex`]);
    expect(r2.coursesNotInBundle).toEqual([]);
    const ds = ctx.get(DataSource);
    const citizens = new Set(secondBundle.courses.map((c) => c.citizenId)).size;
    const [{ n }] = (await ds.query(`SELECT count(*)::int AS n FROM citizen ci JOIN evaluation e ON e.id = ci.evaluation_id WHERE e.slug = 'mixed'`)) as { n: number }[];
    expect(n).toBe(citizens);
    const shared = (await ds.query(
      `SELECT count(DISTINCT c.citizen_id)::int AS citizens FROM course c JOIN evaluation e ON e.id = c.evaluation_id WHERE e.slug = 'mixed' AND c.course_code = ANY($1)`,
      [[secondBundle.courses[0].courseId, secondBundle.courses[151].courseId]],
    )) as { citizens: number }[];
    expect(shared).toEqual([{ citizens: 1 }]);
    const workers = (await ds.query(
      `SELECT count(*)::int AS n FROM contact k JOIN course c ON c.id = k.course_id JOIN worker w ON w.id = k.worker_id WHERE w.evaluation_id <> c.evaluation_id`,
    )) as { n: number }[];
    expect(workers).toEqual([{ n: 0 }]); // every contact's worker is a pseudonym of its own evaluation
    expect(await ds.query('SELECT slug FROM evaluation WHERE starts_with(slug, $1)', [PENDING_SLUG_PREFIX])).toEqual([]);
    const again = await imports.import({ kind: 'path', path: second }, { actor: 'test', evaluation: 'mixed' });
    expect(again.outcome).toBe('unchanged');
    expect(await tableCounts(url, ['course'])).toEqual({ course: 302 });
  }, 240_000);
});
