// The wide analysis dataset as files: CSV and Parquet (one table: the data or the codebook), xlsx (both, as sheets).
import { Workbook } from 'exceljs';
import { neutraliseFormula } from '@cti/domain';
import type { AnalysisDataset } from './analysis-dataset';
import { exportTable } from './export-table';

export const DATASET_FORMATS = ['csv', 'parquet', 'xlsx'] as const;
export type DatasetFormat = (typeof DATASET_FORMATS)[number];
export type DatasetPart = 'data' | 'codebook';

export async function datasetFile(dataset: AnalysisDataset, format: DatasetFormat, part: DatasetPart = 'data'): Promise<Buffer> {
  if (format === 'xlsx') return workbookOf(dataset);
  const rows = part === 'codebook' ? dataset.codebook.map((c) => ({ ...c })) : ordered(dataset);
  return exportTable(rows, format);
}

/** Rows with every codebook column in codebook order (an empty dataset keeps no columns in CSV: no rows, no header). */
function ordered(dataset: AnalysisDataset): Record<string, unknown>[] {
  return dataset.rows.map((r) => Object.fromEntries(dataset.codebook.map((c) => [c.name, r[c.name]])));
}

async function workbookOf(dataset: AnalysisDataset): Promise<Buffer> {
  const workbook = new Workbook();
  const cell = (v: unknown) => (typeof v === 'string' ? neutraliseFormula(v) : (v ?? null));
  const data = workbook.addWorksheet('data');
  data.addRow(dataset.codebook.map((c) => c.name));
  for (const row of dataset.rows) data.addRow(dataset.codebook.map((c) => cell(row[c.name])));
  data.views = [{ state: 'frozen', ySplit: 1 }];
  const codebook = workbook.addWorksheet('codebook');
  const fields = ['name', 'label_da', 'label_en', 'type', 'unit', 'allowed_values'] as const;
  codebook.addRow([...fields]);
  for (const entry of dataset.codebook) codebook.addRow(fields.map((f) => cell(entry[f])));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
