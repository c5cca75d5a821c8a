import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The data version a successful import left its evaluation at: a bundle with the same file checksums as that batch,
 * while the version has not moved since, is known to be unchanged without reading the stored cohort back.
 */
export class ImportBatchDataVersion1763935000000 implements MigrationInterface {
  name = 'ImportBatchDataVersion1763935000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE import_batch ADD COLUMN data_version integer;
      CREATE INDEX import_batch_evaluation ON import_batch (evaluation_id, id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX import_batch_evaluation; ALTER TABLE import_batch DROP COLUMN data_version');
  }
}
