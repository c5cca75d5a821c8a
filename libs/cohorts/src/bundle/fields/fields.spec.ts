import { parseDate } from './date-field';
import { parseDecimal, parseInteger } from './number-fields';
import { parseVocabulary } from './vocabulary-field';

const value = <T>(result: { ok: true; value: T } | { ok: false; message: string }) => (result.ok ? result.value : `error: ${result.message}`);

describe('field parsers', () => {
  it.each([
    ['2016-02-29', '2016-02-29'],
    ['29-02-2016', '2016-02-29'],
    ['29.02.2016', '2016-02-29'],
  ])('reads the date %s', (text, iso) => expect(value(parseDate(text))).toBe(iso));

  it.each(['2015-02-29', '31-04-2016', '00.01.2016', '2016-13-01', '29-02.2016', '2016/02/01', '1.2.2016', ''])('rejects the date %s', (text) =>
    expect(parseDate(text).ok).toBe(false),
  );

  it('reads integers and rejects the rest', () => {
    expect(value(parseInteger('-12'))).toBe(-12);
    expect(['1.0', '1e3', '12a', '99999999999999999999'].map((t) => parseInteger(t).ok)).toEqual([false, false, false, false]);
  });

  it('reads a decimal comma only where allowed', () => {
    expect(value(parseDecimal('12,5', true))).toBe(12.5);
    expect(value(parseDecimal('12.5', true))).toBe(12.5);
    expect(parseDecimal('12,5', false).ok).toBe(false);
    expect(parseDecimal('1.234,5', true).ok).toBe(false);
  });

  it('matches vocabularies case-insensitively, keeping the listed spelling', () => {
    expect(value(parseVocabulary('CTI', ['cti', 'control'] as const))).toBe('cti');
    expect(parseVocabulary('ct', ['cti', 'control'] as const).ok).toBe(false);
  });
});
