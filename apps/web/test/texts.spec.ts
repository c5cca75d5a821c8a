// Every alert kind, warning and cost-effectiveness quadrant has a sentence in both languages on the pages, so none
// falls back to the API's English message.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALERT_KINDS } from '@cti/courses';

const src = (file: string) => readFileSync(join(__dirname, '..', 'src', file), 'utf8');
const texts = src('pages/alert-texts.ts');
const vocabulary = src('i18n/vocabulary.ts');
const catalogues = [src('i18n/da.ts'), src('i18n/en.ts')];
const occurrences = (text: string, pattern: RegExp) => text.match(new RegExp(pattern, 'g'))?.length ?? 0;

describe('texts for the pages in Danish and English', () => {
  it.each(ALERT_KINDS)('alert %s has a sentence in both languages and a label', (kind) => {
    expect(occurrences(texts.slice(0, texts.indexOf('WARNING_TEXT')), new RegExp(`\\n    ${kind}: \\(`))).toBe(2);
    expect(vocabulary).toMatch(new RegExp(`${kind}: \\{ da: '[^']+', en: '[^']+' \\}`));
  });
  it.each(['phase_length', 'past_nine_months', 'ended_early', 'completed_without_phase3', 'handover_missing', 'handover_late', 'focus_areas', 'checklist_open'])(
    'warning %s has a sentence in both languages', (code) => expect(occurrences(texts.slice(texts.indexOf('WARNING_TEXT')), new RegExp(`\\n    ${code}: \\(`))).toBe(2),
  );
  it.each(['dominant', 'dominated', 'more_costly_more_effective', 'less_costly_less_effective', 'no_difference'])(
    'cost-effectiveness quadrant %s has a sentence in both catalogues', (quadrant) => {
      for (const catalogue of catalogues) expect(catalogue).toMatch(new RegExp(`\\n      ${quadrant}: \\(`));
    },
  );
  it.each(['bootstrap_replicates_without_effect', 'baseline_rule_one_arm', 'instrument_items_missing'])(
    'report warning %s has a sentence in both catalogues', (code) => {
      for (const catalogue of catalogues) expect(catalogue).toMatch(new RegExp(`\\n      ${code}: \\(`));
    },
  );
  it.each(['report.period.not_published', 'report.period.reversed', 'report.period.invalid_date'])('error code %s is said in both catalogues', (code) => {
    for (const catalogue of catalogues) expect(catalogue).toContain(`'${code}':`);
  });
  it('names the end reason for courses without one', () => expect(vocabulary).toMatch(/not_ended: \{ da: '[^']+', en: '[^']+' \}/));
});
