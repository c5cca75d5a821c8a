import type { MigrationInterface, QueryRunner } from 'typeorm';

// The system of record for cohort data. Constraints here enforce what cohort-format.md promises, so no path
// into the database (import, forms, scripts) can store what the format forbids.
export class InitialSchema1763884800000 implements MigrationInterface {
  name = 'InitialSchema1763884800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE municipality (
        code smallint PRIMARY KEY CHECK (code BETWEEN 100 AND 999),
        name text NOT NULL UNIQUE,
        region text NOT NULL
      );

      CREATE TABLE instrument (
        id serial PRIMARY KEY,
        code text NOT NULL CHECK (code ~ '^[a-z][a-z0-9]*$'),
        edition text NOT NULL,
        name text NOT NULL,
        name_da text,
        higher_is_better boolean NOT NULL,
        items_are_outcomes boolean NOT NULL,
        -- the edition new readings are recorded against; older editions stay for old readings
        is_current boolean NOT NULL DEFAULT true,
        UNIQUE (code, edition)
      );
      CREATE UNIQUE INDEX instrument_one_current ON instrument (code) WHERE is_current;

      CREATE TABLE instrument_item (
        id serial PRIMARY KEY,
        instrument_id integer NOT NULL REFERENCES instrument(id) ON DELETE CASCADE,
        code text NOT NULL CHECK (code ~ '^[a-z0-9_]+$'),
        position smallint NOT NULL,
        label text NOT NULL,
        label_da text,
        min_value numeric NOT NULL,
        max_value numeric NOT NULL CHECK (max_value > min_value),
        UNIQUE (instrument_id, code),
        UNIQUE (instrument_id, position)
      );

      CREATE TABLE instrument_score (
        id serial PRIMARY KEY,
        instrument_id integer NOT NULL REFERENCES instrument(id) ON DELETE CASCADE,
        code text NOT NULL,
        label text NOT NULL,
        method text NOT NULL CHECK (method IN ('sum', 'mean')),
        multiplier numeric,
        conversion jsonb,
        UNIQUE (instrument_id, code)
      );

      CREATE TABLE evaluation (
        id serial PRIMARY KEY,
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
        name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        -- bumped by every write to the evaluation's data, so analytics snapshots know when they are stale
        data_version integer NOT NULL DEFAULT 0,
        data_changed_at timestamptz
      );

      CREATE TABLE citizen (
        id serial PRIMARY KEY,
        evaluation_id integer NOT NULL REFERENCES evaluation(id) ON DELETE CASCADE,
        pseudonym text NOT NULL CHECK (length(pseudonym) BETWEEN 1 AND 100),
        -- never a CPR number: ten digits, optionally DDMMYY-NNNN, are refused outright
        CHECK (pseudonym !~ '^[0-9]{6}-?[0-9]{4}$'),
        UNIQUE (evaluation_id, pseudonym)
      );

      CREATE TABLE worker (
        id serial PRIMARY KEY,
        evaluation_id integer NOT NULL REFERENCES evaluation(id) ON DELETE CASCADE,
        pseudonym text NOT NULL CHECK (length(pseudonym) BETWEEN 1 AND 100),
        UNIQUE (evaluation_id, pseudonym)
      );

      CREATE TABLE course (
        id serial PRIMARY KEY,
        evaluation_id integer NOT NULL REFERENCES evaluation(id) ON DELETE CASCADE,
        course_code text NOT NULL CHECK (length(course_code) BETWEEN 1 AND 100),
        citizen_id integer NOT NULL REFERENCES citizen(id),
        municipality_code smallint NOT NULL REFERENCES municipality(code),
        arm text NOT NULL CHECK (arm IN ('cti', 'control')),
        target_group text CHECK (target_group IN ('housing', 'psychiatric_discharge', 'homelessness', 'shelter', 'prostitution', 'aftercare', 'other')),
        worker_id integer REFERENCES worker(id),
        sex text CHECK (sex IN ('f', 'm', 'x')),
        birth_year smallint CHECK (birth_year BETWEEN 1900 AND 2100),
        contact_start date,
        start_date date NOT NULL,
        phase2_start date,
        phase3_start date,
        end_date date,
        end_reason text CHECK (end_reason IN ('completed', 'dropped_out', 'moved', 'died', 'other')),
        handover_plan_date date,
        UNIQUE (evaluation_id, course_code),
        -- phases of a CTI course only; dates in order wherever present
        CHECK (arm = 'cti' OR (contact_start IS NULL AND phase2_start IS NULL AND phase3_start IS NULL AND handover_plan_date IS NULL)),
        CHECK (contact_start IS NULL OR contact_start <= start_date),
        CHECK (phase2_start IS NULL OR phase2_start > start_date),
        CHECK (phase3_start IS NULL OR (phase3_start > start_date AND (phase2_start IS NULL OR phase3_start > phase2_start))),
        CHECK (end_date IS NULL OR (end_date >= start_date AND end_date >= coalesce(phase3_start, phase2_start, start_date)))
      );
      CREATE INDEX course_citizen ON course (citizen_id);
      CREATE INDEX course_municipality ON course (evaluation_id, municipality_code);

      CREATE TABLE measurement (
        id serial PRIMARY KEY,
        course_id integer NOT NULL REFERENCES course(id) ON DELETE CASCADE,
        timepoint text NOT NULL CHECK (timepoint IN ('baseline', 'm3', 'm6', 'm9', 'm18')),
        measured_on date,
        -- instruments administered at this reading (their columns were present), even if every item is blank
        instruments text[] NOT NULL DEFAULT '{}',
        UNIQUE (course_id, timepoint)
      );

      CREATE TABLE measurement_value (
        measurement_id integer NOT NULL REFERENCES measurement(id) ON DELETE CASCADE,
        -- the item belongs to one instrument edition, so a reading records its edition
        item_id integer NOT NULL REFERENCES instrument_item(id),
        value numeric NOT NULL,
        PRIMARY KEY (measurement_id, item_id)
      );

      -- an item's range lives in the registry, so a trigger (not a CHECK) keeps values inside it; per statement,
      -- over the transition table, so a bulk insert of thousands of values is checked by one join, not row by row
      CREATE FUNCTION measurement_values_in_range() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE bad record;
      BEGIN
        SELECT n.value, i.min_value, i.max_value INTO bad
        FROM changed_values n JOIN instrument_item i ON i.id = n.item_id
        WHERE n.value < i.min_value OR n.value > i.max_value LIMIT 1;
        IF FOUND THEN
          RAISE EXCEPTION 'measurement value % outside the item range %..%', bad.value, bad.min_value, bad.max_value USING ERRCODE = 'check_violation';
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER measurement_value_range_insert AFTER INSERT ON measurement_value
        REFERENCING NEW TABLE AS changed_values FOR EACH STATEMENT EXECUTE FUNCTION measurement_values_in_range();
      CREATE TRIGGER measurement_value_range_update AFTER UPDATE ON measurement_value
        REFERENCING NEW TABLE AS changed_values FOR EACH STATEMENT EXECUTE FUNCTION measurement_values_in_range();

      CREATE TABLE cost_line (
        id serial PRIMARY KEY,
        course_id integer NOT NULL REFERENCES course(id) ON DELETE CASCADE,
        category text NOT NULL CHECK (category IN ('establishment', 'cti_support', 's85_support', 'psychiatric_inpatient', 'somatic_inpatient', 'emergency', 'other')),
        from_month smallint NOT NULL CHECK (from_month >= 0),
        to_month smallint NOT NULL,
        quantity numeric,
        unit text CHECK (unit IN ('hour', 'day', 'course', 'dkk')),
        unit_cost_dkk numeric,
        amount_dkk numeric,
        CHECK (to_month >= from_month),
        CHECK (amount_dkk IS NOT NULL OR (quantity IS NOT NULL AND unit_cost_dkk IS NOT NULL)),
        CHECK (amount_dkk IS NULL OR quantity IS NULL OR unit_cost_dkk IS NULL OR abs(amount_dkk - quantity * unit_cost_dkk) <= 1)
      );
      CREATE INDEX cost_line_course ON cost_line (course_id);

      CREATE TABLE contact (
        id serial PRIMARY KEY,
        course_id integer NOT NULL REFERENCES course(id) ON DELETE CASCADE,
        contact_date date NOT NULL,
        minutes integer NOT NULL CHECK (minutes > 0),
        mode text NOT NULL CHECK (mode IN ('in_person', 'phone', 'digital', 'network_meeting', 'accompanying', 'other')),
        worker_id integer REFERENCES worker(id)
      );
      CREATE INDEX contact_course ON contact (course_id, contact_date);

      CREATE TABLE focus_area (
        id serial PRIMARY KEY,
        course_id integer NOT NULL REFERENCES course(id) ON DELETE CASCADE,
        domain text NOT NULL CHECK (domain IN ('housing', 'mental_health', 'physical_health', 'finances', 'social_network', 'daily_activities', 'education_employment', 'substance_use', 'other')),
        set_date date,
        status text CHECK (status IN ('active', 'achieved', 'dropped'))
      );
      CREATE INDEX focus_area_course ON focus_area (course_id);

      CREATE TABLE import_batch (
        id serial PRIMARY KEY,
        evaluation_id integer NOT NULL REFERENCES evaluation(id) ON DELETE CASCADE,
        actor text NOT NULL,
        source text NOT NULL,
        started_at timestamptz NOT NULL,
        finished_at timestamptz NOT NULL DEFAULT now(),
        outcome text NOT NULL CHECK (outcome IN ('imported', 'unchanged', 'rejected')),
        files jsonb NOT NULL,
        counts jsonb NOT NULL,
        errors jsonb NOT NULL DEFAULT '[]'
      );

      -- what a re-import changed, value by value, so a corrected upload leaves a trace
      CREATE TABLE import_change (
        id serial PRIMARY KEY,
        batch_id integer NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
        table_name text NOT NULL,
        record_key text NOT NULL,
        field text NOT NULL,
        old_value text,
        new_value text
      );
      CREATE INDEX import_change_batch ON import_change (batch_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE import_change, import_batch, focus_area, contact, cost_line, measurement_value, measurement,
        course, worker, citizen, evaluation, instrument_score, instrument_item, instrument, municipality;
      DROP FUNCTION measurement_values_in_range();
    `);
  }
}
