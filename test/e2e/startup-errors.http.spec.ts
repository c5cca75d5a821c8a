// A person who mistypes a setting or points at a database that isn't there gets one line that says so, from the
// server and from the CLI alike: no stack trace, exit code 1.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const API = join(ROOT, 'dist/apps/api/src/main.js');
const CLI = join(ROOT, 'bin/cti-outcomes.js');
const built = existsSync(API);
if (!built) console.warn('[cti-outcomes] SKIPPED: start-up error tests need `npm run build` first');

function run(entry: string, args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, [entry, ...args], { env: { PATH: process.env.PATH ?? '', CTI_DEMO_DATA: 'false', ...env }, encoding: 'utf8', timeout: 60_000 });
  const errorLines = result.stderr.split('\n').filter((line) => line.trim() !== '' && !line.includes(' LOG '));
  return { status: result.status, errorLines };
}

const ENTRIES = [
  ['the server', API, []],
  ['the CLI', CLI, ['report']],
] as const;

// Each bad setting, and the one line both entries must answer it with.
const BAD_SETTINGS = [
  ['names a bad setting', { CTI_SMALL_CELL_K: 'abc' }, /CTI_SMALL_CELL_K="abc" is not accepted \(expected a whole number from 3 to 1000\)/],
  ['says an unreachable DATABASE_URL', { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' }, /cannot reach the database \(refused the connection\); check DATABASE_URL/],
] as const;

(built ? describe : describe.skip).each(ENTRIES)('start-up errors of %s', (_who, entry, args) => {
  it.each(BAD_SETTINGS)('%s in one line', (_what, env, line) => {
    const { status, errorLines } = run(entry, [...args], env);
    expect(status).toBe(1);
    expect(errorLines).toEqual([expect.stringMatching(line)]);
  });
});
