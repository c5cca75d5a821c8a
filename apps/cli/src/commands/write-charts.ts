import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ChartService, renderSvg, type ChartReport } from '@cti/reporting';

/** Writes every chart of the report into `dir` as <chart>.svg and its Vega-Lite spec as <chart>.vl.json; returns the files. */
export async function writeCharts(charts: ChartService, report: ChartReport, dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (const { name, spec } of await charts.all(report)) {
    const base = join(dir, name);
    writeFileSync(`${base}.vl.json`, `${JSON.stringify(spec, null, 2)}\n`);
    writeFileSync(`${base}.svg`, await renderSvg(spec));
    files.push(`${base}.svg`, `${base}.vl.json`);
  }
  return files;
}
