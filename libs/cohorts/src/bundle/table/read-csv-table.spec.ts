import { ErrorCollector } from '../error-collector';
import { RowBudget } from '../limits/row-budget';
import { readCsvTable } from './read-csv-table';
import type { TableRow } from './table';

const read = async (text: string | Buffer) => {
  const errors = new ErrorCollector(50);
  const table = await readCsvTable('t.csv', Buffer.isBuffer(text) ? text : Buffer.from(text), errors, new RowBudget(1_000_000, errors));
  const rows: TableRow[] = [];
  if (table) for await (const batch of table.rows) rows.push(...batch);
  return { table, rows, errors: errors.errors.map((e) => `${e.row}: ${e.message}`) };
};

describe('readCsvTable: rows as they are parsed', () => {
  it('reads every row of a file much larger than a parser slice, multi-byte characters intact', async () => {
    // rows of uneven length put some of the 3-byte and 2-byte characters across every 64 KiB boundary
    const names = Array.from({ length: 20_000 }, (_, i) => `Søren Ærø ${'€'.repeat(i % 7)} ${i}`);
    const { rows, errors, table } = await read(`\ufeffid;name\r\n${names.map((n, i) => `${i};"${n}"`).join('\r\n')}\r\n`);
    expect(errors).toEqual([]);
    expect(table?.columns.map((c) => c.key)).toEqual(['id', 'name']);
    expect(table?.decimalComma).toBe(true);
    expect(rows.map((r) => r.cells[1])).toEqual(names);
    expect(rows.at(-1)?.line).toBe(20_001);
    expect(table?.complete).toBe(true);
  });

  it('stops at a syntax error: the rows before it are read, the error has their next line, the table is incomplete', async () => {
    const good = Array.from({ length: 5_000 }, (_, i) => `${i},x`).join('\n');
    const { rows, errors, table } = await read(`id,v\n${good}\n5000,"open\n5001,y\n`);
    expect(rows).toHaveLength(5_000);
    expect(errors).toEqual(['5002: malformed CSV: a quoted field is never closed (a " is missing)']);
    expect(table?.complete).toBe(false);
  });

  it.each([['LF', '\n'], ['CRLF', '\r\n'], ['CR', '\r']])('numbers lines past quoted line breaks (%s)', async (_, eol) => {
    const { rows, errors } = await read(['id,note', '1,"two', 'lines"', '2,plain', '3,"a', '', 'b"', '4,x,extra', ''].join(eol));
    expect(rows.map((r) => [r.line, r.cells[0]])).toEqual([[2, '1'], [4, '2'], [5, '3']]);
    expect(errors).toEqual(['8: the row has 3 fields but the header has 2']);
  });

  it('refuses bytes that are not UTF-8 at their line, before a row is read', async () => {
    const { table, errors } = await read(Buffer.concat([Buffer.from('id,v\n1,a\n2,'), Buffer.from([0xe6]), Buffer.from('\n')]));
    expect(table).toBeNull();
    expect(errors).toEqual(['3: the file is not UTF-8 text (in Excel, save it as "CSV UTF-8")']);
  });
});
