import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { InstrumentDefinition } from '@cti/domain';

/** The repository's seeds/ folder, found from this file whether it runs from source or from dist/. */
export function seedsDir(): string {
  const candidates = [resolve(__dirname, '../../../../../seeds'), resolve(__dirname, '../../../../../../seeds'), resolve(process.cwd(), 'seeds')];
  for (const dir of candidates) {
    try {
      readdirSync(join(dir, 'instruments'));
      return dir;
    } catch {
      // try the next candidate
    }
  }
  throw new Error(`seeds/ folder not found (looked in ${candidates.join(', ')})`);
}

/** Instrument definitions from seeds/instruments/*.json: a new instrument is a new file there. */
export function loadInstrumentSeeds(dir = join(seedsDir(), 'instruments')): InstrumentDefinition[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as InstrumentDefinition);
}

export interface MunicipalitySeed {
  code: number;
  name: string;
  region: string;
}

/** The 98 Danish municipalities (kommunekoder) from seeds/municipalities.csv. */
export function loadMunicipalitySeeds(file = join(seedsDir(), 'municipalities.csv')): MunicipalitySeed[] {
  const [, ...lines] = readFileSync(file, 'utf8').trim().split(/\r?\n/);
  return lines.map((line) => {
    const [code, name, region] = line.split(',');
    return { code: Number(code), name, region };
  });
}
