/** A validated record with the line it came from, for checks that span rows or files. */
export interface LocatedRecord<T> {
  line: number;
  record: T;
}

export const recordsOf = <T>(located: LocatedRecord<T>[]): T[] => located.map((entry) => entry.record);

/** Reports a key seen on an earlier line; returns false for the repeat. */
export function firstOccurrence(seen: Map<string, number>, key: string, line: number, report: (firstLine: number) => void): boolean {
  const firstLine = seen.get(key);
  if (firstLine !== undefined) {
    report(firstLine);
    return false;
  }
  seen.set(key, line);
  return true;
}
