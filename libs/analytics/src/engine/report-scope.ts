import type { DuckDBConnection } from '@duckdb/node-api';
import { BASELINE_RULE_INSTRUMENT, REPORT_DEFAULTS, type ReportOptions } from './report-options';

/** The report's filters as the one-row TEMP table report_scope of its own connection (analysis/01_scope.sql). */
export async function createReportScope(connection: DuckDBConnection, options: ReportOptions): Promise<void> {
  await connection.run(
    `CREATE TEMP TABLE report_scope AS
     SELECT $municipality::INTEGER AS municipality_code, $targetGroup::VARCHAR AS target_group,
            $startFrom::DATE AS start_from, $startTo::DATE AS start_to,
            $rule::VARCHAR AS baseline_rule, $instrument::VARCHAR AS baseline_rule_instrument,
            $discountRate::DOUBLE AS discount_rate`,
    {
      municipality: options.municipalityCode ?? null,
      targetGroup: options.targetGroup ?? null,
      startFrom: options.startFrom ?? null,
      startTo: options.startTo ?? null,
      rule: options.baselineRule ?? 'first',
      instrument: BASELINE_RULE_INSTRUMENT,
      discountRate: options.economics?.discountRate ?? REPORT_DEFAULTS.economics.discountRate,
    },
  );
}
