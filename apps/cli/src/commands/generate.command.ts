import { InvalidArgumentError, type Command } from 'commander';
import { generateCohort, loadInstrumentSeeds, loadMunicipalitySeeds, writeBundle } from '@cti/cohorts';
import { say } from '../cli-context';

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError('a whole number of at least 1');
  return n;
}

export function registerGenerateCommand(program: Command): void {
  program
    .command('generate')
    .description('write a synthetic cohort bundle in the evaluation\'s shapes (for benchmarks and trials; no real citizens)')
    .argument('<folder>', 'folder to write the CSV files into')
    .option('--courses <n>', 'number of courses', positiveInteger, 10_000)
    .option('--seed <s>', 'random seed: the same seed gives the same bundle', positiveInteger, 1)
    .action(async (folder: string, opts: { courses: number; seed: number }) => {
      // needs no database: the instruments and municipalities come from the seed files
      const instruments = loadInstrumentSeeds();
      const bundle = generateCohort({ courses: opts.courses, seed: opts.seed, instruments, municipalityCodes: loadMunicipalitySeeds().map((m) => m.code) });
      const files = await writeBundle(bundle, instruments, folder);
      const values = bundle.measurements.reduce((n, m) => n + m.values.length, 0);
      say(`wrote ${files.join(', ')} to ${folder}: ${bundle.courses.length} courses, ${bundle.measurements.length} readings (${values} item values), ${bundle.costs.length} cost lines, ${bundle.contacts.length} contacts, ${bundle.focusAreas.length} focus areas`);
    });
}
