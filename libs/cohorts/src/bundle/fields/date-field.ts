import type { IsoDate } from '@cti/domain';
import { accept, reject, type FieldResult } from './field-result';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
// Danish spreadsheets write day first, with hyphens or dots.
const DAY_FIRST = /^(\d{2})[-.](\d{2})[-.](\d{4})$/;

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** YYYY-MM-DD, DD-MM-YYYY or DD.MM.YYYY, as an existing calendar date, to ISO. */
export function parseDate(text: string): FieldResult<IsoDate> {
  const iso = ISO.exec(text);
  const dayFirst = iso ? null : DAY_FIRST.exec(text);
  if (dayFirst && dayFirst[0][2] !== dayFirst[0][5]) return reject(`'${text}' mixes separators; use YYYY-MM-DD`);
  const parts = iso ? [iso[1], iso[2], iso[3]] : dayFirst ? [dayFirst[3], dayFirst[2], dayFirst[1]] : null;
  if (!parts) return reject(`'${text}' is not a date (use YYYY-MM-DD, DD-MM-YYYY or DD.MM.YYYY)`);
  const [year, month, day] = parts.map(Number);
  if (!isRealDate(year, month, day)) return reject(`'${text}' is not a calendar date`);
  return accept(`${parts[0]}-${parts[1]}-${parts[2]}`);
}
