// OWASP's rule against CSV (formula) injection: a text cell that starts with =, +, -, @, tab or carriage return is
// written with a leading single quote, so a spreadsheet shows it as text instead of evaluating it
// (https://owasp.org/www-community/attacks/CSV_Injection). Text that already starts with quotes before such a
// character gets one more, so reading back (dropping one quote) gives exactly what was written: a lossless round trip.
const NEEDS_QUOTE = /^'*[=+\-@\t\r]/;
const QUOTED = /^'+[=+\-@\t\r]/;

/** A text cell as a spreadsheet export writes it. Apply to text only: numbers (negative ones too) stay numbers. */
export function neutraliseFormula(text: string): string {
  return NEEDS_QUOTE.test(text) ? `'${text}` : text;
}

/** The text a neutralised cell stood for (the importer's inverse of neutraliseFormula). */
export function restoreNeutralised(text: string): string {
  return QUOTED.test(text) ? text.slice(1) : text;
}
