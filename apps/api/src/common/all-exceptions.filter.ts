import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError, type DomainErrorKind, type ErrorCode } from '@cti/domain';
import { describeDatabaseError } from '@cti/persistence';

/**
 * What goes into the server log for an unexpected error: its stack, but for a database error only its code and constraint
 * in place of the message (a driver message quotes the values, e.g. a row of a failed insert). The request's URL and
 * query parameters are never logged.
 */
export function loggedError(exception: unknown): string {
  if (!(exception instanceof Error)) return `non-error thrown (${typeof exception})`;
  const fromDatabase = 'driverError' in exception || typeof (exception as { code?: unknown }).code === 'string';
  if (!fromDatabase) return exception.stack ?? exception.message;
  const frames = (exception.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  return [`${exception.name}: ${describeDatabaseError(exception)}`, ...frames].join('\n');
}

/** The one place a domain error's kind becomes an HTTP status. */
export const STATUS_OF_KIND: Record<DomainErrorKind, number> = {
  invalid: HttpStatus.BAD_REQUEST,
  unauthenticated: HttpStatus.UNAUTHORIZED,
  forbidden: HttpStatus.FORBIDDEN,
  not_found: HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  rate_limited: HttpStatus.TOO_MANY_REQUESTS,
  unavailable: HttpStatus.SERVICE_UNAVAILABLE,
};

/** The code of a refusal Nest itself makes (validation, a pipe, an upload limit, the rate limit), by its status. */
const CODE_OF_STATUS: Record<number, ErrorCode> = {
  400: 'request.invalid',
  401: 'auth.required',
  403: 'access.forbidden',
  404: 'request.not_found',
  409: 'request.conflict',
  413: 'upload.too_large',
  422: 'request.unprocessable',
  429: 'request.too_many',
  503: 'server.unavailable',
};

/** Every error leaves as JSON `{ statusCode, code, params, message }` with a message a user can act on; stack traces stay in the server log. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (exception instanceof DomainError) {
      const statusCode = STATUS_OF_KIND[exception.kind];
      response.status(statusCode).json({ statusCode, code: exception.code, params: exception.params, message: exception.message });
      return;
    }
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const raw = exception.getResponse();
      const body: Record<string, unknown> = typeof raw === 'string' ? { statusCode, message: raw } : { ...(raw as object) };
      const message = Array.isArray(body.message) ? body.message.join('; ') : String(body.message ?? '');
      body.code ??= CODE_OF_STATUS[statusCode] ?? `http.${statusCode}`;
      body.params ??= { message };
      response.status(statusCode).json(body);
      return;
    }
    this.logger.error(loggedError(exception));
    response.status(HttpStatus.INTERNAL_SERVER_ERROR).json({ statusCode: 500, code: 'server.internal', params: {}, message: 'Internal error; it has been logged.' });
  }
}
