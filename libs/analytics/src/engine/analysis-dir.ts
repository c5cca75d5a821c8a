import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository's analysis/ folder, found from this file whether it runs from source or from dist/. */
export function analysisDir(): string {
  const candidates = [resolve(__dirname, '../../../../analysis'), resolve(__dirname, '../../../../../analysis'), resolve(process.cwd(), 'analysis')];
  const found = candidates.find((dir) => existsSync(join(dir, 'README.md')));
  if (!found) throw new Error(`analysis/ folder not found (looked in ${candidates.join(', ')})`);
  return found;
}

const sqlTexts = new Map<string, string>();
let defaultDir: string | undefined;

/** The text of analysis/<name>.sql, read once per process (a disclosure pattern runs each file hundreds of times). */
export function readSqlFile(name: string, dir = (defaultDir ??= analysisDir())): string {
  const path = join(dir, `${name}.sql`);
  let text = sqlTexts.get(path);
  if (text === undefined) sqlTexts.set(path, (text = readFileSync(path, 'utf8')));
  return text;
}

/** The files run once when a snapshot is loaded (`snapshot_NN_*.sql`), in the order they must run. */
export function snapshotSqlFiles(dir = analysisDir()): string[] {
  return sqlFilesMatching(/^snapshot_\d\d_.+\.sql$/, dir);
}

/** The files run at the start of every report on its own connection (numbered `NN_*.sql`), in order. */
export function reportSqlFiles(dir = analysisDir()): string[] {
  return sqlFilesMatching(/^\d\d_.+\.sql$/, dir);
}

function sqlFilesMatching(pattern: RegExp, dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => pattern.test(f))
    .sort()
    .map((f) => f.replace(/\.sql$/, ''));
}
