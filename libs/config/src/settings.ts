import { bool, EnvError, makeValidator, str, url } from 'envalid';

/** A whole number within [min, max]; envalid's `num` would take 2.5 or 1e3. */
const wholeNumber = (min: number, max: number) =>
  makeValidator<number>((raw) => {
    const value = Number(raw);
    if (raw.trim() === '' || !Number.isInteger(value) || value < min || value > max) throw new EnvError(`a whole number from ${min} to ${max}`);
    return value;
  });

const secret = (minLength: number) =>
  makeValidator<string>((raw) => {
    if (raw.length < minLength) throw new EnvError(`at least ${minLength} characters`);
    return raw;
  });

const MIB = 1024 * 1024;

/**
 * Every setting of the platform, in one place: its name, what it accepts, its default and what it means. The server
 * and the CLI validate all of them at start-up; README's configuration table is checked against this list.
 */
export const SETTINGS = {
  DATABASE_URL: url({ default: undefined, desc: '`postgres://…` of a PostgreSQL server (12 or later); unset: the embedded database' }),
  CTI_APP_DATABASE_URL: url({ default: undefined, desc: 'with `DATABASE_URL` (the schema owner, for migrations): the role the application works as, which owns nothing and may only append to the audit trail' }),
  CTI_DATA_DIR: str({ default: './data', desc: 'where the embedded database lives' }),
  PORT: wholeNumber(1, 65535)({ default: 3000, desc: 'where the API listens (port)' }),
  HOST: str({ default: '127.0.0.1', desc: 'where the API listens (address)' }),
  CTI_DEMO_DATA: bool({ default: true, desc: '`false`: do not load the demo cohort into an empty database' }),
  CTI_MAX_UPLOAD_BYTES: wholeNumber(1, 4096 * MIB)({ default: 50 * MIB, desc: 'largest upload accepted by `POST /api/imports`, bytes' }),
  CTI_MAX_IMPORT_ROWS: wholeNumber(1, 1_000_000_000)({ default: 3_000_000, desc: 'most rows one bundle may hold, counted while it is read (a national bundle of 100,000 courses holds about 1.9 million)' }),
  CTI_JWT_SECRET: secret(32)({ default: undefined, desc: 'key signing access tokens (≥ 32 characters); unset: a random key kept in `CTI_DATA_DIR/jwt-secret`' }),
  CTI_ACCESS_TOKEN_TTL: wholeNumber(30, 86_400)({ default: 900, desc: 'lifetime of an access token, seconds' }),
  CTI_SMALL_CELL_K: wholeNumber(3, 1000)({ default: 5, desc: 'figures resting on fewer citizens are withheld from agency and municipality users (never below 3)' }),
  CTI_LOGIN_RATE_LIMIT: wholeNumber(1, 10_000)({ default: 10, desc: 'login attempts per minute' }),
  CTI_LOGIN_ACCOUNT_RATE_LIMIT: wholeNumber(1, 10_000)({ default: 10, desc: 'failed logins per minute for one account from one address before that address is refused for it; beyond as many from any address, each attempt waits (0.25 s, doubling, at most 5 s): a delay, never a lock' }),
  CTI_UPLOAD_RATE_LIMIT: wholeNumber(1, 10_000)({ default: 20, desc: 'uploads per minute' }),
  CTI_CASELOAD_NORM: wholeNumber(1, 100)({ default: 12, desc: "a worker's weighted caseload above this raises a fidelity alert" }),
  CTI_REPORT_CACHE_MB: wholeNumber(0, 1_000_000)({ default: 256, desc: 'memory (approximate) for computed reports, kept per evaluation, data version, stored analysis settings and options; least recently used go first' }),
  CTI_WARM_REPORTS: bool({ default: true, desc: "`false`: do not compute an evaluation's default report and disclosure pattern ahead of its readers (at once after an import through the API; within 5–10 s of any other new data version: a CLI import, course workflow, another API process, a restart). Its first reader then waits for them" }),
  CTI_EMBEDDED_IDLE_HOLD_MS: wholeNumber(1000, 3_600_000)({ default: 15_000, desc: 'how long one connection may hold the embedded database idle while others wait, before it is ended' }),
  CTI_DEBUG: bool({ default: false, desc: '`true`: the CLI prints stack traces of errors' }),
};
