import type { ErrorCollector } from '../error-collector';
import { loadCsvFiles } from './csv-files';
import { emptyLoadedTables, type LoadedTables } from './loaded-tables';
import { unzipCapped, type ZipMember } from './unzip-capped';

// What macOS and Windows add to archives on their own; not part of anyone's bundle.
const isSystemJunk = (path: string) => path.startsWith('__MACOSX/') || /(^|\/)(\.DS_Store|Thumbs\.db|desktop\.ini)$/i.test(path);

/** The folder a member is in ('' at the top), or null when it is deeper than one folder. */
function folderOf(path: string): string | null {
  const parts = path.split('/');
  if (parts.length > 2) return null;
  return parts.length === 2 ? parts[0] : '';
}

/** A zip of the bundle's CSV files, at its top level or inside one folder. */
export async function loadZip(zipName: string, archive: Uint8Array, maxBytes: number, errors: ErrorCollector): Promise<LoadedTables> {
  const unzipped = unzipCapped(archive, maxBytes);
  if (!unzipped.ok) {
    errors.add({ file: zipName, message: unzipped.message });
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
  return loadCsvFiles(sourceFiles, errors);
}
