import type { MigrationInterface, QueryRunner } from 'typeorm';

// Users, their tokens and memberships, and the append-only audit trail.
export class AccessControl1763900000000 implements MigrationInterface {
  name = 'AccessControl1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE app_user (
        id serial PRIMARY KEY,
        username text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,62}$'),
        role text NOT NULL CHECK (role IN ('admin', 'evaluator', 'agency', 'municipality')),
        -- a municipality user belongs to exactly one municipality; no other role has one
        municipality_code smallint REFERENCES municipality(code),
        -- argon2id PHC string; null for an account that signs in through an external identity provider (OIDC) only
        password_hash text,
        -- the OpenID Connect subject (e.g. MitID Erhverv) once such a provider replaces local accounts
        external_subject text UNIQUE,
        disabled boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((role = 'municipality') = (municipality_code IS NOT NULL))
      );

      -- long-lived tokens for scripts and the CLI; only a SHA-256 of the secret is kept
      CREATE TABLE api_token (
        id serial PRIMARY KEY,
        user_id integer NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz,
        revoked_at timestamptz,
        last_used_at timestamptz
      );

      -- which evaluations an evaluator may import into and analyse
      CREATE TABLE evaluation_member (
        evaluation_id integer NOT NULL REFERENCES evaluation(id) ON DELETE CASCADE,
        user_id integer NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        added_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (evaluation_id, user_id)
      );

      -- append-only: who did what, when, to which rows, from where; no foreign keys, so nothing a later
      -- change deletes can take an audit row with it
      CREATE TABLE audit_event (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT clock_timestamp(),
        actor text NOT NULL,
        user_id integer,
        role text NOT NULL,
        action text NOT NULL CHECK (action ~ '^[a-z]+(\\.[a-z_]+)*$'),
        outcome text NOT NULL CHECK (outcome IN ('ok', 'denied', 'failed')),
        evaluation text,
        municipality_code smallint,
        target text,
        detail jsonb NOT NULL DEFAULT '{}',
        origin text
      );
      CREATE INDEX audit_event_at ON audit_event (at);
      CREATE INDEX audit_event_actor ON audit_event (actor, at);

      -- the application's own database user owns the table (always so on the embedded server), and REVOKE does not
      -- bind an owner: a trigger refuses every UPDATE, DELETE and TRUNCATE whoever asks
      CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$;
      CREATE TRIGGER audit_event_no_update_delete BEFORE UPDATE OR DELETE ON audit_event
        FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
      CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
        FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();
      REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM PUBLIC;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE audit_event, evaluation_member, api_token, app_user;
      DROP FUNCTION audit_event_append_only();
    `);
  }
}
