// Writes test/fixtures/sample-cohort-dk/: the sample cohort as Danish Excel saves it — semicolons, a BOM,
// decimal commas, DD-MM-YYYY dates, UPPER-CASE headers in shuffled column order, CRLF line endings.
// The bundle reader must read it to the same bundle as the sample cohort. Run once from the repository root:
//   npx tsc --ignoreConfig --outDir dist/scripts --module nodenext --moduleResolution nodenext --target es2023 --skipLibCheck \
//     scripts/make-danish-excel-fixture.ts && node dist/scripts/make-danish-excel-fixture.js
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

const SOURCE = 'test/fixtures/sample-cohort';
const TARGET = 'test/fixtures/sample-cohort-dk';
const FILES = ['courses.csv', 'measurements.csv', 'costs.csv', 'contacts.csv', 'focus_areas.csv'];

// A fixed shuffle (a tiny linear congruential generator), so regenerating gives the same files.
function shuffledIndexes(count: number, seed: number): number[] {
  const indexes = Array.from({ length: count }, (_, i) => i);
  let state = seed;
  for (let i = count - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [indexes[i], indexes[j]] = [indexes[j], indexes[i]];
  }
  return indexes;
}

function danishCell(cell: string): string {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(cell);
  if (iso) return `${iso[3]}-${iso[2]}-${iso[1]}`;
  if (/^-?\d+\.\d+$/.test(cell)) return cell.replace('.', ',');
  return cell;
}

mkdirSync(TARGET, { recursive: true });
FILES.forEach((file, fileIndex) => {
  const [header, ...rows] = parse(readFileSync(join(SOURCE, file), 'utf8')) as string[][];
  const order = shuffledIndexes(header.length, 7919 * (fileIndex + 1));
  const reordered = [order.map((i) => header[i].toUpperCase()), ...rows.map((row) => order.map((i) => danishCell(row[i])))];
  writeFileSync(join(TARGET, file), stringify(reordered, { delimiter: ';', record_delimiter: 'windows', bom: true }));
});
console.log(`wrote ${FILES.length} files to ${TARGET}`);
