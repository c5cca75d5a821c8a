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

(built ? describe : describe.skip)('start-up errors', () => {
  it.each([
    ['the server', API, []],
    ['the CLI', CLI, ['report']],
  ])('%s names a bad setting in one line', (_who, entry, args) => {
    const { status, errorLines } = run(entry as string, args as string[], { CTI_SMALL_CELL_K: 'abc' });
    expect(status).toBe(1);
    expect(errorLines).toHaveLength(1);
    expect(errorLines[0]).toMatch(/CTI_SMALL_CELL_K="abc" is not accepted \(expected a whole number from 3 to 1000\)/);
  });

  it.each([
    ['the server', API, []],
    ['the CLI', CLI, ['report']],
  ])('%s says an unreachable DATABASE_URL in one line', (_who, entry, args) => {
    const { status, errorLines } = run(entry as string, args as string[], { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' });
    expect(status).toBe(1);
    expect(errorLines).toEqual([expect.stringMatching(/cannot reach the database \(refused the connection\); check DATABASE_URL/)]);
  });
});
