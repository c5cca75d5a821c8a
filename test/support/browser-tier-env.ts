// The browser tests sign in through the form a dozen times a minute from one address, as no person does: the
// per-address login limit (CTI_LOGIN_RATE_LIMIT, 10 a minute) would refuse the later ones. The limit itself is
// tested over HTTP (apps/api/src/auth/login-limits.http.spec.ts).
process.env.CTI_LOGIN_RATE_LIMIT ??= '1000';
