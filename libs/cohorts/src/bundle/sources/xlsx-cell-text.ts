import type { CellValue } from 'exceljs';

/** A workbook cell as the text a CSV would hold: dates as YYYY-MM-DD, numbers with a decimal point. */
export function xlsxCellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '#invalid-date' : value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value).trim();
  if ('richText' in value) return value.richText.map((part) => part.text).join('').trim();
  if ('hyperlink' in value) return String(value.text).trim();
  if ('error' in value) return value.error;
  return xlsxCellText(value.result);
}
