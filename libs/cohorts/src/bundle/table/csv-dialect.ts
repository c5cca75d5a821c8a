export type CsvDelimiter = ',' | ';';

/** Comma or semicolon, whichever the header line uses more (Danish Excel writes semicolons). */
export function detectDelimiter(text: string): CsvDelimiter {
  const newline = text.search(/\r|\n/);
  const headerLine = newline < 0 ? text : text.slice(0, newline);
  const count = (char: string) => headerLine.split(char).length - 1;
  return count(';') > count(',') ? ';' : ',';
}
