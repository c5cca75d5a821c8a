// Compares a report with an R reference-extended.json (test/reference/extended-reference.R): the MMRM rows, the effect sizes with intervals, and the
// role and Holm p of the confirmatory comparisons (exploratory rows are not in the reference).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareWithReference, type Comparison } from './compare-reference';

export function compareWithExtendedReference(fixtures: string, cohort: string, report: { mmrm: unknown[]; comparison: { role: string }[]; effect_sizes: unknown; sensitivity: unknown[] }): Comparison {
  const reference = JSON.parse(readFileSync(join(fixtures, cohort, 'reference-extended.json'), 'utf8'));
  return compareWithReference(reference, { mmrm: report.mmrm, sensitivity: report.sensitivity, effect_sizes: report.effect_sizes, comparison: report.comparison.filter((c) => c.role !== 'exploratory') });
}
