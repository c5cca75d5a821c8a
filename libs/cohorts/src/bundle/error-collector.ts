import type { LocatedError } from '@cti/domain';

/** Gathers every problem of a bundle, up to a cap; past the cap it only remembers that more were found. */
export class ErrorCollector {
  readonly errors: LocatedError[] = [];
  truncated = false;

  constructor(private readonly maxErrors: number) {}

  add(error: LocatedError): void {
    if (this.errors.length < this.maxErrors) this.errors.push(error);
    else this.truncated = true;
  }

  get count(): number {
    return this.errors.length;
  }
}
