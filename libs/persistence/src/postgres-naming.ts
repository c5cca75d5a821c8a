import { DefaultNamingStrategy, type Table } from 'typeorm';

const tableName = (table: Table | string): string => (typeof table === 'string' ? table : table.name).split('.').pop()!;

/**
 * Constraint names as PostgreSQL itself gives them (`course_worker_id_fkey`), which is what the hand-written migrations
 * produce; TypeORM's own hashed names would make every foreign key look different from the schema.
 */
export class PostgresNamingStrategy extends DefaultNamingStrategy {
  override foreignKeyName(table: Table | string, columnNames: string[]): string {
    return `${tableName(table)}_${columnNames.join('_')}_fkey`;
  }
}
