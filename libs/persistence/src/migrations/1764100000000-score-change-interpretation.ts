import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A score's minimal important change and reliability (each with its source), for responder analyses: registry data
 * from seeds/instruments, written by the reference-data seeder.
 */
export class ScoreChangeInterpretation1764100000000 implements MigrationInterface {
  name = 'ScoreChangeInterpretation1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE instrument_score ADD COLUMN change_interpretation jsonb');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE instrument_score DROP COLUMN change_interpretation');
  }
}
