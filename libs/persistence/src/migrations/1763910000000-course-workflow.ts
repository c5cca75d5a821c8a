import type { MigrationInterface, QueryRunner } from 'typeorm';

// Courses that municipalities run in the platform live in the cohort tables (course, contact, focus_area, measurement),
// inside one evaluation per municipality (`register-<code>`), so reports see them exactly as imported ones. These
// tables hold only what the bundle format lacks: the register itself, referral, checklist ticks, the phase-change
// log with its warnings, whom a contact was with, and who wrote what when.
export class CourseWorkflow1763910000000 implements MigrationInterface {
  name = 'CourseWorkflow1763910000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE register_evaluation (
        municipality_code smallint PRIMARY KEY REFERENCES municipality(code),
        evaluation_id integer NOT NULL UNIQUE REFERENCES evaluation(id) ON DELETE CASCADE
      );

      CREATE TABLE course_register (
        course_id integer PRIMARY KEY REFERENCES course(id) ON DELETE CASCADE,
        referral_date date,
        -- until phase 1 starts, course.start_date is the planned transition
        phase1_started boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL,
        created_by text NOT NULL
      );

      CREATE TABLE checklist_item (
        id serial PRIMARY KEY,
        checklist text NOT NULL CHECK (checklist IN ('contact_period', 'phase2', 'phase3', 'closure')),
        code text NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9_]+$'),
        position smallint NOT NULL,
        text_da text NOT NULL,
        text_en text NOT NULL,
        UNIQUE (checklist, position)
      );

      CREATE TABLE checklist_tick (
        course_id integer NOT NULL REFERENCES course(id) ON DELETE CASCADE,
        item_id integer NOT NULL REFERENCES checklist_item(id),
        ticked_on date NOT NULL,
        ticked_by text NOT NULL,
        recorded_at timestamptz NOT NULL,
        PRIMARY KEY (course_id, item_id)
      );

      CREATE TABLE course_phase_event (
        id serial PRIMARY KEY,
        course_id integer NOT NULL REFERENCES course(id) ON DELETE CASCADE,
        event text NOT NULL CHECK (event IN ('phase1', 'phase2', 'phase3', 'closed')),
        event_date date NOT NULL,
        -- fidelity rules the change broke, as shown to the worker at the time
        warnings jsonb NOT NULL DEFAULT '[]',
        recorded_at timestamptz NOT NULL,
        recorded_by text NOT NULL,
        UNIQUE (course_id, event)
      );

      CREATE TABLE contact_party (
        contact_id integer PRIMARY KEY REFERENCES contact(id) ON DELETE CASCADE,
        parties text[] NOT NULL CHECK (cardinality(parties) > 0 AND parties <@ ARRAY['citizen', 'network', 'services'])
      );

      CREATE TABLE course_write (
        id serial PRIMARY KEY,
        course_id integer NOT NULL REFERENCES course(id) ON DELETE CASCADE,
        what text NOT NULL,
        written_at timestamptz NOT NULL,
        written_by text NOT NULL
      );
      CREATE INDEX course_write_course ON course_write (course_id, written_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE course_write, contact_party, course_phase_event, checklist_tick, checklist_item, course_register, register_evaluation');
  }
}
