// A data table: sortable columns, withheld cells marked (·, explained once in the page's legend), and "Hent CSV".
import { isWithheld } from '../api/report';
import { num, t } from '../i18n/i18n';
import { download, h } from './dom';

export type Cell = string | number | null | undefined | { suppressed: true; reason: string } | Node;

export interface Column<R> {
  title: string;
  value: (row: R) => Cell;
  /** Digits for numbers (default 2; 0 for counts). */
  digits?: number;
  /** The cell's text in the CSV, when it differs from the value (a link, an interval). */
  csv?: (row: R) => string | number | null;
  numeric?: boolean;
}

export interface TableOptions {
  caption: string;
  csvName: string;
  sortable?: boolean;
  emptyText?: string;
}

// RFC 4180: quote a field holding a comma, quote or line break, doubling the quotes inside.
const csvField = (v: string | number): string => (/[",\r\n;]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
export const csvFormatRows = (rows: (string | number)[][]): string => rows.map((r) => r.map(csvField).join(',')).join('\r\n');

function display(cell: Cell, digits: number): Node | string {
  if (cell instanceof Node) return cell;
  if (isWithheld(cell)) return h('span', { class: 'withheld', title: `${t.common.withheld}: ${cell.reason}` }, t.common.withheldMarker);
  if (cell === null || cell === undefined || (typeof cell === 'number' && Number.isNaN(cell))) return t.common.none;
  return typeof cell === 'number' ? num(cell, digits) : cell;
}

function csvValue(cell: Cell): string | number {
  if (cell instanceof Node) return cell.textContent ?? '';
  if (isWithheld(cell)) return t.common.withheld;
  return cell ?? '';
}

const sortKey = (cell: Cell): number | string => (typeof cell === 'number' ? cell : cell instanceof Node ? (cell.textContent ?? '') : isWithheld(cell) || cell == null ? '' : String(cell));

export function table<R>(columns: Column<R>[], rows: R[], options: TableOptions): HTMLElement {
  const tbody = h('tbody');
  let order: { index: number; dir: 1 | -1 } | null = null;
  const headers = columns.map((c, index) => {
    const th = h('th', { scope: 'col', class: c.numeric ? 'num' : '' });
    if (options.sortable !== false && c.title) th.append(h('button', { type: 'button', class: 'sort', on: { click: () => sortBy(index) } }, c.title));
    else th.append(c.title);
    return th;
  });
  function fill(list: R[]) {
    if (list.length === 0) {
      tbody.replaceChildren(h('tr', {}, h('td', { colspan: columns.length, class: 'muted' }, options.emptyText ?? t.common.empty)));
      return;
    }
    tbody.replaceChildren(...list.map((row) => h('tr', {}, ...columns.map((c) => h('td', { class: c.numeric ? 'num' : '' }, display(c.value(row), c.digits ?? 2))))));
  }
  function sortBy(index: number) {
    order = { index, dir: order?.index === index && order.dir === 1 ? -1 : 1 };
    const column = columns[index];
    const sorted = [...rows].sort((a, b) => {
      const x = sortKey(column.value(a));
      const y = sortKey(column.value(b));
      return (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y))) * order!.dir;
    });
    headers.forEach((th, i) => th.setAttribute('aria-sort', i === index ? (order!.dir === 1 ? 'ascending' : 'descending') : 'none'));
    fill(sorted);
  }
  fill(rows);
  const csv = () => csvFormatRows([columns.map((c) => c.title), ...rows.map((r) => columns.map((c) => (c.csv ? (c.csv(r) ?? '') : csvValue(c.value(r)))))]);
  return h('div', { class: 'table-block' },
    h('table', {}, h('caption', { class: 'visually-hidden' }, options.caption), h('thead', {}, h('tr', {}, ...headers)), tbody),
    h('div', { class: 'table-actions no-print' }, h('button', { type: 'button', class: 'secondary', on: { click: () => download(`${options.csvName}.csv`, `\ufeff${csv()}\n`, 'text/csv') } }, t.common.downloadCsv)),
  );
}

/** An interval as "a til b", or the marker when withheld. */
export function interval(pair: unknown, digits = 2): Cell {
  if (isWithheld(pair)) return pair;
  if (!Array.isArray(pair) || typeof pair[0] !== 'number') return null;
  return `${num(pair[0], digits)} ${t.common.to} ${num(pair[1], digits)}`;
}
