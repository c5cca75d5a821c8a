import type { ErrorCollector } from '../error-collector';
import type { BundleLimits } from '../limits/bundle-limits';
import { CsvRecordCounter } from '../limits/csv-record-counter';
import { tooManyRowsMessage } from '../limits/row-budget';
import { loadCsvFiles } from './csv-files';
import { emptyLoadedTables, type LoadedTables } from './loaded-tables';
import { unzipCapped, type MemberWatcher, type ZipMember } from './unzip-capped';

// What macOS and Windows add to archives on their own; not part of anyone's bundle.
const isSystemJunk = (path: string) => path.startsWith('__MACOSX/') || /(^|\/)(\.DS_Store|Thumbs\.db|desktop\.ini)$/i.test(path);

/** The folder a member is in ('' at the top), or null when it is deeper than one folder. */
function folderOf(path: string): string | null {
  const parts = path.split('/');
  if (parts.length > 2) return null;
  return parts.length === 2 ? parts[0] : '';
}

/**
 * Counts the records of every CSV member while it inflates: past the row limit (headers aside) unpacking stops
 * there, so a small zip of millions of rows is refused before it is held in memory, let alone parsed.
 */
function rowWatcher(maxRows: number): (path: string) => MemberWatcher | undefined {
  let recordsBefore = 0; // data records of the members already unpacked
  return (path) => {
    if (!path.toLowerCase().endsWith('.csv') || isSystemJunk(path)) return undefined;
    const counter = new CsvRecordCounter(maxRows - recordsBefore + 1); // the header is a record too
    return (chunk, final) => {
      counter.push(chunk);
      if (counter.passedAtLine !== null) return { member: path, row: counter.passedAtLine, message: tooManyRowsMessage(maxRows) };
      if (final) recordsBefore += Math.max(0, counter.records - 1);
      return null;
    };
  };
}

/** A zip of the bundle's CSV files, at its top level or inside one folder. */
export async function loadZip(zipName: string, archive: Uint8Array, limits: BundleLimits, errors: ErrorCollector): Promise<LoadedTables> {
  const unzipped = unzipCapped(archive, { maxBytes: limits.maxBytes, maxEntryBytes: limits.maxEntryBytes, watch: rowWatcher(limits.rows.max) });
  if (!unzipped.ok) {
    errors.add({ file: unzipped.member ? `${zipName}/${unzipped.member}` : zipName, row: unzipped.row, message: unzipped.message });
    if (unzipped.row !== undefined) limits.rows.exceeded = true;
    return emptyLoadedTables();
  }
  const members = unzipped.members.filter((member) => !isSystemJunk(member.path));
  const accepted: ZipMember[] = [];
  const folders = new Set<string>();
  for (const member of members) {
    const folder = folderOf(member.path);
    if (folder === null) errors.add({ file: `${zipName}/${member.path}`, message: 'is in a nested folder; put the CSV files at the top of the zip or in one folder' });
    else {
      folders.add(folder);
      accepted.push(member);
    }
  }
  if (folders.size > 1) {
    errors.add({ file: zipName, message: `the files are spread over several folders (${[...folders].map((f) => f || '(top level)').join(', ')}); use one` });
    return emptyLoadedTables();
  }
  const sourceFiles = accepted.map((member) => ({ name: member.path.split('/').pop() ?? member.path, data: member.data }));
  return loadCsvFiles(sourceFiles, errors, limits.rows);
}
