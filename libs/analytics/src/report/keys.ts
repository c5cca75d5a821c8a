/** A map key for rows identified by several text fields. */
export function keyOf(...parts: (string | number)[]): string {
  return parts.join('\u0000');
}

/** Rows indexed by a key built from each row. */
export function indexBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T> {
  return new Map(rows.map((row) => [key(row), row]));
}

/** Rows grouped by a key, groups in first-seen order (Map.groupBy is not in Node 20). */
export function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}
