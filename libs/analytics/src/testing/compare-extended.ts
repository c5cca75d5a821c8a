// Compares a report with an R reference-extended.json (test/reference/extended-reference.R): every section the reference holds (MMRM, effect sizes,
// sensitivity, Table 1, responders, costs); of the comparisons only the confirmatory rows' role and Holm p (exploratory rows are not in the reference).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareWithReference, type Comparison } from './compare-reference';

export function compareWithExtendedReference(fixtures: string, cohort: string, report: { comparison: { role: string }[] } & object): Comparison {
  const reference = JSON.parse(readFileSync(join(fixtures, cohort, 'reference-extended.json'), 'utf8'));
  return compareWithReference(reference, { ...report, comparison: report.comparison.filter((c) => c.role !== 'exploratory') });
}
