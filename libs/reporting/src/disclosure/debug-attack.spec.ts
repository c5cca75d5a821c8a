import { AnalyticsEngine, type CohortReport } from '@cti/analytics';
import { fixtureSnapshot, readFixtureBundle } from '../../../analytics/src/testing/fixture-snapshot';
import { computeDisclosurePattern, publishSlice } from './disclosure-pattern';
import { recoverByDifferencing, type AttackView } from './testing/linear-attack';
import { gridViews, viewKey, type View } from './view-grid';
import * as fs from 'node:fs';

it('dumps', async () => {
  const bundle = await readFixtureBundle('sample-cohort');
  const municipalities = [...new Set(bundle.courses.map((c) => c.municipalityCode))].sort((a, b) => a - b);
  const targetGroups = [...new Set(bundle.courses.map((c) => c.targetGroup).filter((t): t is NonNullable<typeof t> => !!t))].sort();
  console.log('no tg', bundle.courses.filter((c) => !c.targetGroup).length);
  const engine = await AnalyticsEngine.open(await fixtureSnapshot('sample-cohort', bundle));
  const reports = new Map<string, CohortReport>();
  const reportOf = async (view: View) => {
    const report = await engine.report({ municipalityCode: view.municipalityCode, targetGroup: view.targetGroup, costEffectiveness: { bootstrapIterations: 0 } });
    reports.set(viewKey(view), report);
    return report;
  };
  const pattern = await computeDisclosurePattern({ municipalities, targetGroups }, reportOf, 5);
  await engine.close();
  const views: AttackView[] = gridViews(municipalities, targetGroups).map((view) => ({ municipality: view.municipalityCode ?? null, targetGroup: view.targetGroup ?? null, report: publishSlice(reports.get(viewKey(view))!, pattern, view) }));
  const rec = recoverByDifferencing(views);
  fs.writeFileSync('/tmp/recovered.txt', rec.join('\n'));
  fs.writeFileSync('/tmp/pattern.json', JSON.stringify(pattern.views));
  fs.writeFileSync('/tmp/reports.json', JSON.stringify(Object.fromEntries(reports)));
}, 200000);
