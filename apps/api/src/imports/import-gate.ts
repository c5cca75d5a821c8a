import { Injectable } from '@nestjs/common';

/**
 * Lets one import run at a time in this server: an import holds its upload, every parsed row and (on the embedded
 * database) the one database session, so two at once double the memory and make every other user wait twice as long.
 */
@Injectable()
export class ImportGate {
  private busy = false;

  /** The release function when the caller may import now; null when another import is running. */
  tryEnter(): (() => void) | null {
    if (this.busy) return null;
    this.busy = true;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.busy = false;
    };
  }
}
