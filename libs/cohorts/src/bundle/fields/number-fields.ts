import { accept, reject, type FieldResult } from './field-result';

const INTEGER = /^[+-]?\d+$/;
const DECIMAL_POINT = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;

export function parseInteger(text: string): FieldResult<number> {
  if (!INTEGER.test(text)) return reject(`'${text}' is not a whole number`);
  const value = Number(text);
  return Number.isSafeInteger(value) ? accept(value) : reject(`'${text}' is too large`);
}

/** A decimal with a point; a decimal comma only where the file is semicolon-separated (cohort-format.md). */
export function parseDecimal(text: string, decimalCommaAllowed: boolean): FieldResult<number> {
  if (DECIMAL_POINT.test(text)) return accept(Number(text));
  if (DECIMAL_COMMA.test(text)) {
    return decimalCommaAllowed ? accept(Number(text.replace(',', '.'))) : reject(`'${text}' has a decimal comma; a comma-separated file needs a decimal point`);
  }
  return reject(`'${text}' is not a number`);
}
