// One test per kind of bad input (cohort-format.md), each pinned to its exact file:row:column.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatLocatedError } from '@cti/domain';
import type { ReadBundleResult } from './bundle-types';
import { readBundleFromPath } from './read-bundle';
import { copyOfSampleCohort, editLine, formattedErrors, readLines, removeTempDirs, setCell, testContext, writeLines } from './bundle-test-support';

afterAll(removeTempDirs);

/** Mutates a copy of the sample cohort, reads it, and returns the result. */
async function readMutated(mutate: (dir: string) => void): Promise<ReadBundleResult> {
  const dir = copyOfSampleCohort();
  mutate(dir);
  return readBundleFromPath(dir, testContext());
}

/** Asserts that the bundle failed with exactly these problems: `file:row:column` and a pattern of the message. */
function expectErrors(result: ReadBundleResult, expected: [location: string, message: RegExp][]): void {
  expect(result.ok).toBe(false);
  const actual = formattedErrors(result);
  expect(actual).toHaveLength(expected.length);
  expected.forEach(([location, message], i) => {
    expect(actual[i].startsWith(`${location}: `)).toBe(true);
    expect(actual[i].slice(location.length + 2)).toMatch(message);
  });
}

const appendLine = (dir: string, file: string, line: string) => {
  const lines = readLines(dir, file);
  lines.splice(lines.length - 1, 0, line);
  writeLines(dir, file, lines);
};

type Case = [name: string, mutate: (dir: string) => void, expected: [string, RegExp][]];

describe('bad input: courses.csv', () => {
  const cases: Case[] = [
    ['an unknown column', (d) => editLine(d, 'courses.csv', 1, (h) => h.replace('"sex"', '"gender"')), [['courses.csv:1:gender', /unknown column/]]],
    [
      'a required column missing',
      (d) => editLine(d, 'courses.csv', 1, (h) => h.replace('"arm"', '"arms"')),
      [['courses.csv:1:arms', /unknown column/], ['courses.csv:1:arm', /required column is missing/]],
    ],
    ['a column twice', (d) => editLine(d, 'courses.csv', 1, (h) => h.replace('"sex"', '" ARM "')), [['courses.csv:1:ARM', /appears twice/]]],
    ['a required cell empty', (d) => setCell(d, 'courses.csv', 2, 'start_date', ''), [['courses.csv:2:start_date', /value is required/]]],
    ['a value outside the vocabulary', (d) => setCell(d, 'courses.csv', 2, 'arm', 'treatment'), [['courses.csv:2:arm', /'treatment' is not one of cti, control/]]],
    ['a decimal where an integer belongs', (d) => setCell(d, 'courses.csv', 2, 'municipality_code', '85.1'), [['courses.csv:2:municipality_code', /not a whole number/]]],
    ['an unknown municipality code', (d) => setCell(d, 'courses.csv', 2, 'municipality_code', '999'), [['courses.csv:2:municipality_code', /999 is not a Danish municipality code/]]],
    ['a birth year before 1900', (d) => setCell(d, 'courses.csv', 2, 'birth_year', '1899'), [['courses.csv:2:birth_year', /between 1900 and 2025/]]],
    ['a birth year in the future', (d) => setCell(d, 'courses.csv', 3, 'birth_year', '2026'), [['courses.csv:3:birth_year', /between 1900 and 2025/]]],
    ['an impossible calendar date', (d) => setCell(d, 'courses.csv', 2, 'start_date', '2015-02-30'), [['courses.csv:2:start_date', /not a calendar date/]]],
    ['text in a date column', (d) => setCell(d, 'courses.csv', 2, 'end_date', 'soon'), [['courses.csv:2:end_date', /not a date/]]],
    [
      'a duplicate course_id',
      (d) => appendLine(d, 'courses.csv', readLines(d, 'courses.csv')[1]),
      [['courses.csv:153:course_id', /K851-00001 already appears on line 2/]],
    ],
    ['a CTI-only date on a control course', (d) => setCell(d, 'courses.csv', 2, 'phase2_start', '2015-09-01'), [['courses.csv:2:phase2_start', /must be empty for a control course/]]],
    ['contact_start after start_date', (d) => setCell(d, 'courses.csv', 6, 'contact_start', '2016-01-24'), [['courses.csv:6:start_date', /on or after contact_start 2016-01-24/]]],
    ['phase2_start on start_date', (d) => setCell(d, 'courses.csv', 6, 'phase2_start', '2016-01-23'), [['courses.csv:6:phase2_start', /must be after start_date/]]],
    ['phase3_start before phase2_start', (d) => setCell(d, 'courses.csv', 7, 'phase3_start', '2015-05-01'), [['courses.csv:7:phase3_start', /after phase2_start 2015-05-03/]]],
    ['end_date before phase3_start', (d) => setCell(d, 'courses.csv', 7, 'end_date', '2015-08-01'), [['courses.csv:7:end_date', /on or after phase3_start/]]],
  ];
  it.each(cases)('%s', async (_, mutate, expected) => expectErrors(await readMutated(mutate), expected));

  it('rejects a citizen_id that looks like a CPR number without echoing it', async () => {
    const result = await readMutated((d) => setCell(d, 'courses.csv', 4, 'citizen_id', '010170-1234'));
    expectErrors(result, [['courses.csv:4:citizen_id', /looks like a CPR number/]]);
    expect(JSON.stringify(result)).not.toContain('010170');
  });
});

describe('bad input: measurements.csv', () => {
  const cases: Case[] = [
    ['a course_id not in courses.csv', (d) => setCell(d, 'measurements.csv', 2, 'course_id', 'K999-00001'), [['measurements.csv:2:course_id', /K999-00001 is not a course in courses.csv/]]],
    ['an unknown timepoint', (d) => setCell(d, 'measurements.csv', 2, 'timepoint', 'm12'), [['measurements.csv:2:timepoint', /'m12' is not one of baseline/]]],
    ['a course measured twice at one timepoint', (d) => setCell(d, 'measurements.csv', 3, 'timepoint', 'baseline'), [['measurements.csv:3:timepoint', /already has a baseline measurement on line 2/]]],
    ['an item column of no instrument', (d) => editLine(d, 'measurements.csv', 1, (h) => h.replace('"rs_work"', '"rs_wrok"')), [['measurements.csv:1:rs_wrok', /unknown column/]]],
    ['an item value out of range', (d) => setCell(d, 'measurements.csv', 2, 'rs_mental_health', '11'), [['measurements.csv:2:rs_mental_health', /11 is outside rs mental_health's range 1–10/]]],
    ['a fractional item value', (d) => setCell(d, 'measurements.csv', 2, 'wemwbs_01', '2.5'), [['measurements.csv:2:wemwbs_01', /not a whole number/]]],
    ['a measurement date that is no date', (d) => setCell(d, 'measurements.csv', 2, 'date', '30/01/2016'), [['measurements.csv:2:date', /not a date/]]],
  ];
  it.each(cases)('%s', async (_, mutate, expected) => expectErrors(await readMutated(mutate), expected));
});

describe('bad input: costs.csv', () => {
  const cases: Case[] = [
    ['an unknown category', (d) => setCell(d, 'costs.csv', 2, 'category', 'travel'), [['costs.csv:2:category', /'travel' is not one of establishment/]]],
    ['an unknown unit', (d) => setCell(d, 'costs.csv', 2, 'unit', 'week'), [['costs.csv:2:unit', /'week' is not one of hour/]]],
    ['from_month after to_month', (d) => setCell(d, 'costs.csv', 2, 'from_month', '10'), [['costs.csv:2:to_month', /9 is before from_month 10/]]],
    ['a negative month', (d) => setCell(d, 'costs.csv', 3, 'from_month', '-1'), [['costs.csv:3:from_month', /negative/]]],
    ['a fractional month', (d) => setCell(d, 'costs.csv', 3, 'to_month', '0.5'), [['costs.csv:3:to_month', /not a whole number/]]],
    ['an amount off quantity × unit cost by more than 1 DKK', (d) => setCell(d, 'costs.csv', 2, 'amount_dkk', '41797.50'), [['costs.csv:2:amount_dkk', /differs from quantity × unit_cost_dkk = 41796/]]],
    ['a line with neither amount nor quantity × unit cost', (d) => setCell(d, 'costs.csv', 3, 'quantity', ''), [['costs.csv:3:amount_dkk', /no amount/]]],
    ['a decimal comma in a comma-separated file', (d) => setCell(d, 'costs.csv', 2, 'quantity', '"77,4"'), [['costs.csv:2:quantity', /decimal comma/]]],
    ['a course_id not in courses.csv', (d) => setCell(d, 'costs.csv', 2, 'course_id', 'K000-1'), [['costs.csv:2:course_id', /not a course/]]],
  ];
  it.each(cases)('%s', async (_, mutate, expected) => expectErrors(await readMutated(mutate), expected));

  it('accepts an amount within 1 DKK of quantity × unit cost and keeps it as given', async () => {
    const result = await readMutated((d) => setCell(d, 'costs.csv', 2, 'amount_dkk', '41796.90'));
    expect(result.ok && result.bundle.costs[0].amountDkk).toBe(41796.9);
  });
});

describe('bad input: contacts.csv and focus_areas.csv', () => {
  const cases: Case[] = [
    ['zero minutes', (d) => setCell(d, 'contacts.csv', 2, 'minutes', '0'), [['contacts.csv:2:minutes', /not a positive number/]]],
    ['minutes that are no number', (d) => setCell(d, 'contacts.csv', 2, 'minutes', 'an hour'), [['contacts.csv:2:minutes', /not a whole number/]]],
    ['an unknown contact mode', (d) => setCell(d, 'contacts.csv', 3, 'mode', 'letter'), [['contacts.csv:3:mode', /'letter' is not one of in_person/]]],
    ['an impossible contact date', (d) => setCell(d, 'contacts.csv', 4, 'date', '31.02.2016'), [['contacts.csv:4:date', /not a calendar date/]]],
    ['a contact of no course', (d) => setCell(d, 'contacts.csv', 5, 'course_id', 'K404'), [['contacts.csv:5:course_id', /K404 is not a course/]]],
    ['an unknown focus domain', (d) => setCell(d, 'focus_areas.csv', 2, 'domain', 'leisure'), [['focus_areas.csv:2:domain', /'leisure' is not one of housing/]]],
    ['an unknown focus status', (d) => setCell(d, 'focus_areas.csv', 3, 'status', 'done'), [['focus_areas.csv:3:status', /'done' is not one of active/]]],
    ['a focus area of no course', (d) => setCell(d, 'focus_areas.csv', 4, 'course_id', 'K404'), [['focus_areas.csv:4:course_id', /K404 is not a course/]]],
  ];
  it.each(cases)('%s', async (_, mutate, expected) => expectErrors(await readMutated(mutate), expected));
});

describe('bad input: files and CSV syntax', () => {
  const cases: Case[] = [
    ['a required file missing', (d) => rmSync(join(d, 'measurements.csv')), [['measurements.csv', /required file is missing/]]],
    ['an unknown CSV file', (d) => writeFileSync(join(d, 'cources.csv'), 'course_id\n'), [['cources.csv', /unknown file/]]],
    ['an empty file', (d) => writeFileSync(join(d, 'contacts.csv'), ''), [['contacts.csv:1', /empty: a header row is required/]]],
    ['binary junk', (d) => writeFileSync(join(d, 'costs.csv'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0x10])), [['costs.csv:1', /binary data/]]],
    [
      'a file in another encoding (Latin-1)',
      (d) => writeFileSync(join(d, 'focus_areas.csv'), Buffer.concat([Buffer.from('course_id,domain,set_date,status\nK851-00003,housing,,\nK219-00001,'), Buffer.from('bolig-ø', 'latin1'), Buffer.from(',,\n')])),
      [['focus_areas.csv:3', /not UTF-8/]],
    ],
    ['a UTF-16 file', (d) => writeFileSync(join(d, 'contacts.csv'), Buffer.from('\ufeffcourse_id,date,minutes,mode\n', 'utf16le')), [['contacts.csv:1', /UTF-16/]]],
    ['an unclosed quote', (d) => editLine(d, 'courses.csv', 152, (l) => l.replace(/""$/, '"')), [['courses.csv:152', /quoted field is never closed/]]],
    ['text after a closing quote', (d) => editLine(d, 'courses.csv', 5, (l) => l.replace('"K851-00003"', '"K851-00003')), [['courses.csv:5', /text follows the closing "/]]],
    ['a stray quote inside a field', (d) => editLine(d, 'contacts.csv', 3, (l) => l.replace('"phone"', 'ph"one')), [['contacts.csv:3', /a " appears inside a field/]]],
    ['a row with too few fields', (d) => editLine(d, 'measurements.csv', 4, (l) => l.slice(0, l.lastIndexOf(','))), [['measurements.csv:4', /the row has 29 fields but the header has 30/]]],
    ['a row with too many fields', (d) => editLine(d, 'focus_areas.csv', 2, (l) => `${l},"x"`), [['focus_areas.csv:2', /the row has 5 fields but the header has 4/]]],
  ];
  it.each(cases)('%s', async (_, mutate, expected) => expectErrors(await readMutated(mutate), expected));
});

describe('many problems at once', () => {
  it('reports every problem across files in one result', async () => {
    const result = await readMutated((d) => {
      setCell(d, 'courses.csv', 2, 'arm', 'both');
      setCell(d, 'courses.csv', 10, 'sex', 'q');
      setCell(d, 'measurements.csv', 5, 'sds_work', '42');
      setCell(d, 'costs.csv', 7, 'unit', 'litre');
      setCell(d, 'contacts.csv', 100, 'minutes', '-5');
      setCell(d, 'focus_areas.csv', 20, 'status', 'paused');
    });
    expect(formattedErrors(result).map((e) => e.split(': ')[0])).toEqual([
      'courses.csv:2:arm',
      'courses.csv:10:sex',
      'measurements.csv:5:sds_work',
      'costs.csv:7:unit',
      'contacts.csv:100:minutes',
      'focus_areas.csv:20:status',
    ]);
  });

  it('stops listing at maxErrors and says the list is truncated', async () => {
    const dir = copyOfSampleCohort();
    for (let line = 2; line <= 40; line++) setCell(dir, 'contacts.csv', line, 'mode', 'carrier_pigeon');
    const result = await readBundleFromPath(dir, testContext({ maxErrors: 10 }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(10);
    expect(result.truncated).toBe(true);
    expect(formatLocatedError(result.errors[9])).toMatch(/^contacts\.csv:11:mode: /);
  });
});
