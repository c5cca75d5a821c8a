import { Workbook } from 'exceljs';
import { neutraliseFormula, type CohortBundle, type InstrumentDefinition } from '@cti/domain';
import { bundleFiles } from './bundle-columns';

/**
 * The bundle as one workbook, a sheet per file named like it without `.csv` (what the reader takes). Text cells are
 * string cells, never formulas, and neutralised like the CSV (so one that starts with `=` stays text even after
 * someone edits and re-saves the sheet); numbers are number cells; dates are ISO text.
 */
export async function writeBundleXlsx(bundle: CohortBundle, instruments: InstrumentDefinition[]): Promise<Buffer> {
  const workbook = new Workbook();
  for (const file of bundleFiles(bundle, instruments)) {
    const sheet = workbook.addWorksheet(file.name.replace(/\.csv$/, ''));
    sheet.addRow(file.header);
    for (const row of file.rows) sheet.addRow(row.map((cell) => (typeof cell === 'string' ? neutraliseFormula(cell) : cell)));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
