import { appConfig } from '@cti/config';
// Requests per minute and client address on the routes an attacker would hammer: login (password guessing) and
// uploads (expensive parsing). Configurable for deployments behind a shared proxy address.
export const RATE_WINDOW_MS = 60_000;
export const LOGIN_RATE_LIMIT = appConfig().CTI_LOGIN_RATE_LIMIT;
/** Login attempts per minute and account (user name), from whatever addresses. */
export const LOGIN_ACCOUNT_RATE_LIMIT = appConfig().CTI_LOGIN_ACCOUNT_RATE_LIMIT;
export const UPLOAD_RATE_LIMIT = appConfig().CTI_UPLOAD_RATE_LIMIT;
