import type { NextFunction, Request, Response } from 'express';

// Paths under /api whose answers hold no personal data and may be cached: the health probe and the API documentation.
const CACHEABLE = /^\/api\/(health|docs)(\/|$|\?|-json|-yaml)/;

/**
 * `Cache-Control: no-store` on every API answer that may carry personal data (all of /api but health and docs), so no
 * browser, proxy or shared machine keeps a copy of course rows, reports or tokens.
 */
export function noStoreOnApi(request: Request, response: Response, next: NextFunction): void {
  if (request.originalUrl.startsWith('/api') && !CACHEABLE.test(request.originalUrl)) {
    response.setHeader('Cache-Control', 'no-store');
    response.setHeader('Pragma', 'no-cache');
  }
  next();
}
