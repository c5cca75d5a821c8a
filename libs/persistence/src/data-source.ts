import { types } from 'pg';
import { DataSource, type EntitySchema, type MixedList } from 'typeorm';
import { InitialSchema1763884800000 } from './migrations/1763884800000-initial-schema';
import { AccessControl1763900000000 } from './migrations/1763900000000-access-control';
import { CourseWorkflow1763910000000 } from './migrations/1763910000000-course-workflow';
import { WithdrawalBeforeTransition1763920000000 } from './migrations/1763920000000-withdrawal-before-transition';
import { AuditHashChain1764000000000 } from './migrations/1764000000000-audit-hash-chain';
import { ScoreChangeInterpretation1764100000000 } from './migrations/1764100000000-score-change-interpretation';
import { EvaluationAnalysisSettings1764200000000 } from './migrations/1764200000000-evaluation-analysis-settings';
import { MeasurementValueStatementReferences1764210000000 } from './migrations/1764210000000-measurement-value-statement-references';
import { ContactStatementReferences1764300000000 } from './migrations/1764300000000-contact-statement-references';
import { MeasurementValueRangeByItem1764310000000 } from './migrations/1764310000000-measurement-value-range-by-item';
import { PostgresNamingStrategy } from './postgres-naming';
import { QueryErrorLog } from './query-error-log';
import { ImportBatchDataVersion1763935000000 } from './migrations/1763935000000-import-batch-data-version';

// A DATE is a calendar day: keep it as 'YYYY-MM-DD' text instead of a JavaScript Date at local midnight.
types.setTypeParser(types.builtins.DATE, (value: string) => value);

// Listed explicitly (not globbed) so the same list works from source, from dist/ and under Jest.
export const MIGRATIONS = [
  InitialSchema1763884800000, AccessControl1763900000000, CourseWorkflow1763910000000, WithdrawalBeforeTransition1763920000000,
  ImportBatchDataVersion1763935000000, AuditHashChain1764000000000, ScoreChangeInterpretation1764100000000,
  EvaluationAnalysisSettings1764200000000, MeasurementValueStatementReferences1764210000000, ContactStatementReferences1764300000000,
  MeasurementValueRangeByItem1764310000000,
];

export interface DataSourceSettings {
  url: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  /** Connections in the pool; the embedded server admits 16 in all, shared by the API and any CLI run. */
  poolSize?: number;
}

/** A TypeORM data source on PostgreSQL (real or embedded). Schema changes only by migrations, never `synchronize`. */
export function createDataSource(settings: DataSourceSettings): DataSource {
  return new DataSource({
    type: 'postgres',
    url: settings.url,
    entities: settings.entities,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    namingStrategy: new PostgresNamingStrategy(),
    synchronize: false,
    logging: ['error'],
    logger: new QueryErrorLog(),
    extra: { max: settings.poolSize ?? 5 },
  });
}

/** Opens the data source and brings the schema up to date. */
export async function openDataSource(settings: DataSourceSettings): Promise<DataSource> {
  const dataSource = createDataSource(settings);
  await dataSource.initialize();
  await dataSource.runMigrations();
  return dataSource;
}
