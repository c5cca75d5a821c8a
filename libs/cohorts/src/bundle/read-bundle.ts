import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { DEFAULT_MAX_ERRORS, type BundleContext, type ReadBundleResult } from './bundle-types';
import { ErrorCollector } from './error-collector';
import { bundleLimits, type BundleLimits } from './limits/bundle-limits';
import { loadCsvFiles } from './sources/csv-files';
import { loadFolder } from './sources/folder-source';
import { emptyLoadedTables, type LoadedTables } from './sources/loaded-tables';
import { loadXlsx } from './sources/xlsx-source';
import { loadZip } from './sources/zip-source';
import { validateBundle } from './validate/validate-bundle';

type SourceLoader = (errors: ErrorCollector, limits: BundleLimits) => Promise<LoadedTables>;

async function readBundle(ctx: BundleContext, load: SourceLoader): Promise<ReadBundleResult> {
  const errors = new ErrorCollector(ctx.maxErrors ?? DEFAULT_MAX_ERRORS);
  const limits = bundleLimits(ctx, errors);
  const loaded = await load(errors, limits).catch((e: NodeJS.ErrnoException) => {
    // A file that cannot be read (permissions, vanished) is a problem of the input; anything else is a bug.
    if (!e.code || !e.path) throw e;
    errors.add({ file: e.path, message: `cannot be read (${e.code})` });
    return emptyLoadedTables();
  });
  // Past the row limit the tables are partial and the bundle refused anyway: no need to validate millions of rows.
  const { bundle, warnings } = limits.rows.exceeded ? { bundle: null, warnings: [] } : await validateBundle(loaded, ctx, errors);
  if (bundle) return { ok: true, bundle, files: loaded.files, warnings };
  return { ok: false, errors: errors.errors, files: loaded.files, truncated: errors.truncated };
}

const extensionOf = (name: string) => extname(name).toLowerCase();

/** A bundle on disk: a folder of CSV files, a .zip of them, or an .xlsx workbook. */
export function readBundleFromPath(path: string, ctx: BundleContext): Promise<ReadBundleResult> {
  return readBundle(ctx, async (errors, limits) => {
    const { maxBytes } = limits;
    const info = await stat(path).catch(() => null);
    if (!info) {
      errors.add({ file: path, message: 'no such file or folder' });
      return emptyLoadedTables();
    }
    if (info.isDirectory()) return loadFolder(path, limits, errors);
    const extension = extensionOf(path);
    if ((extension === '.zip' || extension === '.xlsx') && info.size <= maxBytes) {
      const data = await readFile(path);
      return extension === '.zip' ? loadZip(basename(path), data, limits, errors) : loadXlsx(basename(path), data, limits, errors);
    }
    errors.add({ file: basename(path), message: extension === '.zip' || extension === '.xlsx' ? `larger than the ${maxBytes} bytes allowed` : 'a bundle is a folder of CSV files, a .zip or an .xlsx' });
    return emptyLoadedTables();
  });
}

/** An HTTP upload: several .csv files, or one .zip, or one .xlsx. Names may carry a browser's folder path. */
export function readBundleFromUploads(files: { name: string; data: Buffer }[], ctx: BundleContext): Promise<ReadBundleResult> {
  return readBundle(ctx, async (errors, limits) => {
    const { maxBytes } = limits;
    const uploads = files.map((file) => ({ name: basename(file.name.replaceAll('\\', '/')), data: file.data }));
    const archives = uploads.filter((upload) => ['.zip', '.xlsx'].includes(extensionOf(upload.name)));
    if (uploads.length === 0) {
      errors.add({ file: '(upload)', message: 'no files were uploaded' });
      return emptyLoadedTables();
    }
    if (archives.length > 0 && uploads.length > 1) {
      errors.add({ file: archives[0].name, message: 'upload either CSV files, or one .zip, or one .xlsx, not a mix' });
      return emptyLoadedTables();
    }
    const total = uploads.reduce((sum, upload) => sum + upload.data.length, 0);
    if (total > maxBytes) {
      errors.add({ file: '(upload)', message: `the upload holds ${total} bytes, more than the ${maxBytes} allowed` });
      return emptyLoadedTables();
    }
    const [single] = uploads;
    if (extensionOf(single.name) === '.zip') return loadZip(single.name, single.data, limits, errors);
    if (extensionOf(single.name) === '.xlsx') return loadXlsx(single.name, single.data, limits, errors);
    return loadCsvFiles(uploads, errors, limits.rows);
  });
}
