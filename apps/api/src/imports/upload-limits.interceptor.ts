import { Injectable, PayloadTooLargeException, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { catchError, type Observable } from 'rxjs';
import { MAX_FILES, MAX_UPLOAD_BYTES } from './upload-limits';

/** Multer's "File too large" / "Too many files" become a 413 that says what the limits are. */
@Injectable()
export class UploadLimitsInterceptor implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((e: unknown) => {
        if (e instanceof PayloadTooLargeException) {
          throw new PayloadTooLargeException(`upload refused: at most ${MAX_FILES} files of at most ${Math.floor(MAX_UPLOAD_BYTES / 1024 / 1024)} MB each (CTI_MAX_UPLOAD_BYTES)`);
        }
        throw e;
      }),
    );
  }
}
