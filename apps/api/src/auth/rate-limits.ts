// Requests per minute and client address on the routes an attacker would hammer: login (password guessing) and
// uploads (expensive parsing). Configurable for deployments behind a shared proxy address.
export const RATE_WINDOW_MS = 60_000;
export const LOGIN_RATE_LIMIT = Number(process.env.CTI_LOGIN_RATE_LIMIT ?? 10);
/** Login attempts per minute and account (user name), from whatever addresses. */
export const LOGIN_ACCOUNT_RATE_LIMIT = Number(process.env.CTI_LOGIN_ACCOUNT_RATE_LIMIT ?? 10);
export const UPLOAD_RATE_LIMIT = Number(process.env.CTI_UPLOAD_RATE_LIMIT ?? 20);
