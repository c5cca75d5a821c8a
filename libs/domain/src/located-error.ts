/** A problem in an uploaded bundle, located as `file:row:column: message` (row = line in the file, header = 1). */
export interface LocatedError {
  file: string;
  row?: number;
  column?: string;
  message: string;
}

export function formatLocatedError(e: LocatedError): string {
  const location = [e.file, e.row, e.column].filter((part) => part !== undefined && part !== '').join(':');
  return `${location}: ${e.message}`;
}
