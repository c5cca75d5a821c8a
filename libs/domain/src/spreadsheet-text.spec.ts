import { neutraliseFormula, restoreNeutralised } from './spreadsheet-text';

describe('formula neutralisation (OWASP CSV injection rule)', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'],
    ['+cmd|\' /C calc\'!A0', '\'+cmd|\' /C calc\'!A0'],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ["'=1", "''=1"],
    ["'plain", "'plain"],
    ['K851-00001', 'K851-00001'],
    ['', ''],
  ])('writes %j as %j and reads it back unchanged', (text, written) => {
    expect(neutraliseFormula(text)).toBe(written);
    expect(restoreNeutralised(written)).toBe(text);
  });
});
