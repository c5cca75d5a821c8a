// Hostile uploads, measured: a small zip holding millions of rows, and an xlsx whose shared strings expand hugely.
// Prints how long refusing each took and the peak RSS; asserts nothing. Run after `npm run build`:
// `node dist/scripts/hostile-bundles.js make /tmp`, then `/usr/bin/time -v node dist/scripts/hostile-bundles.js read /tmp/three-million-rows.zip`
// (and `… read /tmp/shared-strings.xlsx`).
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { readBundleFromUploads, loadInstrumentSeeds, loadMunicipalitySeeds } from '@cti/cohorts';

const COURSES = '"course_id","citizen_id","municipality_code","arm","target_group","worker_id","sex","birth_year","contact_start","start_date","phase2_start","phase3_start","end_date","end_reason","handover_plan_date"\n'
  + '"K851-00001","P17bd8424",851,"control","housing","","f",1966,"","2015-07-23","","","2016-04-20","completed",""\n';
const CONTACTS = '"course_id","date","minutes","mode"\n';
const CONTACT = '"K851-00001","2016-01-26",60,"phone"\n';

function manyRowsZip(rows: number): Uint8Array {
  return zipSync({ 'courses.csv': strToU8(COURSES), 'contacts.csv': strToU8(CONTACTS + CONTACT.repeat(rows)) }, { level: 9 });
}

function sharedStringsXlsx(strings: number, length: number): Uint8Array {
  const text = 'x'.repeat(length);
  const sst = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings}" uniqueCount="${strings}">${`<si><t>${text}</t></si>`.repeat(strings)}</sst>`;
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'),
    '_rels/.rels': strToU8('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
    'xl/workbook.xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="courses" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    'xl/_rels/workbook.xml.rels': strToU8('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'),
    'xl/worksheets/sheet1.xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>'),
    'xl/sharedStrings.xml': strToU8(sst),
  };
  return zipSync(files, { level: 9 });
}

async function main(): Promise<void> {
  const [command, file] = process.argv.slice(2);
  if (command === 'make') {
    // Made in a process of its own, so building the bombs does not count in the reader's peak.
    writeFileSync(join(file, 'three-million-rows.zip'), manyRowsZip(3_000_000));
    writeFileSync(join(file, 'shared-strings.xlsx'), sharedStringsXlsx(100_000, 2_350));
    return;
  }
  const ctx = { instruments: loadInstrumentSeeds(), municipalityCodes: new Set(loadMunicipalitySeeds().map((m) => m.code)) };
  const name = basename(file);
  const data = readFileSync(file);
  let peak = 0;
  const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 20);
  const started = process.hrtime.bigint();
  const result = await readBundleFromUploads([{ name, data }], ctx);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const errors = result.ok ? ['(accepted)'] : result.errors.slice(0, 3).map((e) => `${e.file}${e.row ? `:${e.row}` : ''}: ${e.message}`);
  process.stdout.write(`${name}: ${data.length} bytes; refused in ${seconds.toFixed(2)} s; peak RSS sampled ${Math.round(peak / 1024 / 1024)} MB\n  ${errors.join('\n  ')}\n`);
}

void main();
