import type { MigrationInterface, QueryRunner } from 'typeorm';

// A course can end in the contact period, before the transition (phase 1) it was planned for: the citizen drops out,
// moves or dies. course.start_date then keeps the planned transition, so the end may come before it, never before the
// contact period began, never as "completed", and only while no phase 2 exists. The phase-change log records it as
// 'withdrawn'. Reports leave such courses out (the evaluation counts citizens from the transition).
const ORIGINAL_END = 'end_date IS NULL OR (end_date >= start_date AND end_date >= coalesce(phase3_start, phase2_start, start_date))';
const WITH_WITHDRAWAL = `end_date IS NULL OR end_date >= coalesce(phase3_start, phase2_start, start_date)
  OR (phase2_start IS NULL AND contact_start IS NOT NULL AND end_date >= contact_start AND end_reason IS DISTINCT FROM 'completed')`;

/** Drops the unnamed CHECK on course that mentions end_date (its generated name differs between databases). */
const DROP_END_CHECK = `
  DO $$ DECLARE n text; BEGIN
    FOR n IN SELECT conname FROM pg_constraint WHERE conrelid = 'course'::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%end_date >=%' LOOP
      EXECUTE format('ALTER TABLE course DROP CONSTRAINT %I', n);
    END LOOP;
  END $$`;

export class WithdrawalBeforeTransition1763920000000 implements MigrationInterface {
  name = 'WithdrawalBeforeTransition1763920000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(DROP_END_CHECK);
    await q.query(`ALTER TABLE course ADD CONSTRAINT course_end_in_order CHECK (${WITH_WITHDRAWAL})`);
    await q.query('ALTER TABLE course_phase_event DROP CONSTRAINT IF EXISTS course_phase_event_event_check');
    await q.query(`ALTER TABLE course_phase_event ADD CONSTRAINT course_phase_event_event_check CHECK (event IN ('phase1', 'phase2', 'phase3', 'closed', 'withdrawn'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(DROP_END_CHECK);
    await q.query(`ALTER TABLE course ADD CONSTRAINT course_end_in_order CHECK (${ORIGINAL_END})`);
    await q.query('ALTER TABLE course_phase_event DROP CONSTRAINT course_phase_event_event_check');
    await q.query(`ALTER TABLE course_phase_event ADD CONSTRAINT course_phase_event_event_check CHECK (event IN ('phase1', 'phase2', 'phase3', 'closed'))`);
  }
}
