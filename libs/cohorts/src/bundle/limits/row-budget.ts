import { appConfig } from '@cti/config';
import type { ErrorCollector } from '../error-collector';

/** Environment override of the rows one bundle may hold in all files together. */
/** Read when a bundle is read, not at import time: the entry point validates the configuration first. */
export const defaultMaxRows = (): number => appConfig().CTI_MAX_IMPORT_ROWS;

export const tooManyRowsMessage = (max: number) => `the bundle holds more than the ${max} rows one import may hold (CTI_MAX_IMPORT_ROWS); split it`;

/** The data rows a bundle may still hold, counted over all its files as they are read. */
export class RowBudget {
  private used = 0;
  exceeded = false;

  constructor(
    readonly max: number,
    private readonly errors: ErrorCollector,
  ) {}

  /** Counts one data row; false once the bundle passes the limit (reported once, at the row that passed it). */
  take(file: string, row: number): boolean {
    if (this.exceeded) return false;
    if (++this.used <= this.max) return true;
    this.refuse(file, row);
    return false;
  }

  /** Reports the limit passed at a place found before parsing (while unpacking, or by counting a file's records). */
  refuse(file: string, row?: number): void {
    if (this.exceeded) return;
    this.exceeded = true;
    this.errors.add({ file, row, message: tooManyRowsMessage(this.max) });
  }
}
