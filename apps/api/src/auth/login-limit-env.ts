// Imported first by login-limits.spec.ts: a generous per-address limit, so the per-account limit is what the test meets.
process.env.CTI_LOGIN_RATE_LIMIT = '1000';
process.env.CTI_LOGIN_ACCOUNT_RATE_LIMIT = '4';
