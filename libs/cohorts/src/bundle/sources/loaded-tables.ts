import { createHash } from 'node:crypto';
import type { BundleFileInfo } from '../bundle-types';
import type { BundleFileKind } from '../table/file-kinds';
import type { Table } from '../table/table';

/** Reads one file's table when validation gets to it; null when not even a header could be read. */
export type TableReader = () => Promise<Table | null>;

/**
 * What a source hands to validation: a reader per kind of file it found, and what it read them from. Validation reads
 * one table at a time and lets it go before the next, so a bundle's text cells are never all held at once.
 */
export interface LoadedTables {
  readers: Partial<Record<BundleFileKind, TableReader>>;
  /** Kinds the source had a file for, even one unreadable (so it is not also reported missing). */
  present: Set<BundleFileKind>;
  /** In the source's order; `rows` is filled in as the file's rows are read. */
  files: BundleFileInfo[];
  /** How an error names a file of this kind that is missing. */
  locationOf: (kind: BundleFileKind) => string;
}

export function emptyLoadedTables(locationOf: (kind: BundleFileKind) => string = csvLocation): LoadedTables {
  return { readers: {}, present: new Set(), files: [], locationOf };
}

export const csvLocation = (kind: BundleFileKind) => `${kind}.csv`;

/** A file's name, checksum and size; its rows are counted when it is read. */
export function fileInfo(name: string, data: Uint8Array): BundleFileInfo {
  return { name, sha256: createHash('sha256').update(data).digest('hex'), bytes: data.byteLength, rows: 0 };
}

/** A reader that hands out an already built table once (a workbook's sheet), then forgets it. */
export function readerOf(table: Table): TableReader {
  let held: Table | null = table;
  return () => {
    const out = held;
    held = null;
    return Promise.resolve(out);
  };
}
