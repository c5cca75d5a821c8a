import { createParamDecorator, HttpException, type ExecutionContext } from '@nestjs/common';
import type { Response } from 'express';

/** Not an HTTP status anyone receives (the client has gone); nginx's name for it, so the log says what happened. */
const CLIENT_CLOSED_REQUEST = 499;

/**
 * An AbortSignal that fires when the client closes the connection before its response has been sent, so the work
 * done for it can stop (a report computation is aborted once no client waits for it).
 */
export const ClientGone = createParamDecorator((_data: unknown, ctx: ExecutionContext): AbortSignal => {
  const response = ctx.switchToHttp().getResponse<Response>();
  const controller = new AbortController();
  response.once('close', () => {
    if (!response.writableFinished) controller.abort(new HttpException('the client closed the request', CLIENT_CLOSED_REQUEST));
  });
  return controller.signal;
});
