import { createHash } from 'node:crypto';
import type { BundleFileInfo } from '../bundle-types';
import type { BundleFileKind } from '../table/file-kinds';
import type { Table } from '../table/table';

/** What a source hands to validation: the tables it could read, by kind, and what it read them from. */
export interface LoadedTables {
  tables: Partial<Record<BundleFileKind, Table>>;
  /** Kinds the source had a file for, even one unreadable (so it is not also reported missing). */
  present: Set<BundleFileKind>;
  files: BundleFileInfo[];
  /** How an error names a file of this kind that is missing. */
  locationOf: (kind: BundleFileKind) => string;
}

export function emptyLoadedTables(locationOf: (kind: BundleFileKind) => string = csvLocation): LoadedTables {
  return { tables: {}, present: new Set(), files: [], locationOf };
}

export const csvLocation = (kind: BundleFileKind) => `${kind}.csv`;

export function fileInfo(name: string, data: Uint8Array, table: Table | null): BundleFileInfo {
  return { name, sha256: createHash('sha256').update(data).digest('hex'), bytes: data.byteLength, rows: table?.rows.length ?? 0 };
}
