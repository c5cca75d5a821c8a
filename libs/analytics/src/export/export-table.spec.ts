import { parse } from 'csv-parse/sync';
import { exportTable } from './export-table';

describe('report CSV downloads neutralise formula-looking text', () => {
  it('prefixes text cells that start with =, +, -, @, tab or CR; numbers, negative ones too, stay numbers', async () => {
    const rows = [
      { label: '=HYPERLINK("http://evil.example","x")', change: -1.25, group: '+cmd' },
      { label: '@SUM(A1)', change: -3, group: '-x' },
      { label: 'rs_mean', change: 0.5, group: 'housing' },
    ];
    const csv = (await exportTable(rows, 'csv')).toString('utf8');
    expect(parse(csv, { columns: true })).toEqual([
      { label: '\'=HYPERLINK("http://evil.example","x")', change: '-1.25', group: "'+cmd" },
      { label: "'@SUM(A1)", change: '-3', group: "'-x" },
      { label: 'rs_mean', change: '0.5', group: 'housing' },
    ]);
  });
});
