import { Injectable, ServiceUnavailableException, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { defer, finalize, type Observable } from 'rxjs';
import { ImportGate } from './import-gate';

/** Seconds a refused upload is told to wait before trying again. */
export const IMPORT_RETRY_AFTER_SECONDS = 10;

/**
 * Admits an upload only when no other import runs, before multer reads a byte of it; otherwise 503 with Retry-After.
 * The gate opens again when the request ends, however it ends.
 */
@Injectable()
export class ImportGateInterceptor implements NestInterceptor {
  constructor(private readonly gate: ImportGate) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const release = this.gate.tryEnter();
    if (!release) {
      const http = context.switchToHttp();
      http.getResponse<Response>().setHeader('Retry-After', String(IMPORT_RETRY_AFTER_SECONDS));
      // the body is read and dropped, never kept: a client still sending it then reads the 503 instead of losing the
      // connection under it (EPIPE)
      http.getRequest<Request>().resume();
      throw new ServiceUnavailableException(`another import is running (imports run one at a time); try again in ${IMPORT_RETRY_AFTER_SECONDS} seconds`);
    }
    return defer(() => next.handle()).pipe(finalize(release));
  }
}
