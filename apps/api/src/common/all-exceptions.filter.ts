import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
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

/** Every error leaves as JSON with a message a user can act on; stack traces stay in the server log. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (exception instanceof HttpException) {
      const body = exception.getResponse();
      response.status(exception.getStatus()).json(typeof body === 'string' ? { statusCode: exception.getStatus(), message: body } : body);
      return;
    }
    this.logger.error(loggedError(exception));
    response.status(HttpStatus.INTERNAL_SERVER_ERROR).json({ statusCode: 500, message: 'Internal error; it has been logged.' });
  }
}
