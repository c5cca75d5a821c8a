// Every alert kind has a Danish sentence on the pages (apps/web/public/texts.js), so none falls back to English.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALERT_KINDS } from '@cti/courses';

const texts = readFileSync(join(__dirname, '..', 'public', 'texts.js'), 'utf8');
const labels = readFileSync(join(__dirname, '..', 'public', 'labels.js'), 'utf8');

describe('Danish texts for the pages', () => {
  it.each(ALERT_KINDS)('alert %s has a sentence and a label', (kind) => {
    expect(texts).toMatch(new RegExp(`\\n  ${kind}: \\(`));
    expect(labels).toContain(`${kind}: '`);
  });
  it.each(['phase_length', 'past_nine_months', 'ended_early', 'completed_without_phase3', 'handover_missing', 'handover_late', 'focus_areas', 'checklist_open'])(
    'warning %s has a sentence', (code) => expect(texts).toMatch(new RegExp(`\\n  ${code}: \\(`)),
  );
  it.each(['dominant', 'dominated', 'more_costly_more_effective', 'less_costly_less_effective', 'no_difference'])(
    'cost-effectiveness quadrant %s has a sentence', (quadrant) => expect(texts).toMatch(new RegExp(`\\n  ${quadrant}: \\(`)),
  );
});
