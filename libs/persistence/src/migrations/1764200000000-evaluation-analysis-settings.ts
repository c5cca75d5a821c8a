import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An evaluation's analysis settings (its outcome hierarchy: primary outcome and timepoint, key secondary outcomes),
 * stored with it; null means the defaults. Checked by the service that writes them (registry outcomes), so the
 * column only insists on an object.
 */
export class EvaluationAnalysisSettings1764200000000 implements MigrationInterface {
  name = 'EvaluationAnalysisSettings1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE evaluation ADD COLUMN analysis_settings jsonb CHECK (jsonb_typeof(analysis_settings) = 'object')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE evaluation DROP COLUMN analysis_settings');
  }
}
