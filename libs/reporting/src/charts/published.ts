import { isWithheld } from '../disclosure';

/** A published figure as a number; null when it is withheld or missing. */
export function figure(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/**
 * A published list (a section, an interval); empty when the whole list is withheld. Its rows are typed as unsuppressed
 * rows, but any figure in them may still be withheld: read numbers through figure().
 */
export function listOf<T>(value: readonly T[] | unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

/**
 * What a chart leaves out because the report withheld it, grouped by the reason given, so the subtitle can say so:
 * a withheld figure is never drawn, and never silently missing either.
 */
export class LeftOut {
  private readonly byReason = new Map<string, string[]>();

  /** Notes `what` when `marker` is a withheld figure; true when it was. */
  note(what: string, marker: unknown): boolean {
    if (!isWithheld(marker)) return false;
    const list = this.byReason.get(marker.reason) ?? [];
    if (!list.includes(what)) list.push(what);
    this.byReason.set(marker.reason, list);
    return true;
  }

  /** The first withheld figure among `markers`, noted; true when any was. */
  noteAny(what: string, ...markers: unknown[]): boolean {
    const withheld = markers.find(isWithheld);
    return withheld !== undefined && this.note(what, withheld);
  }

  /** One subtitle line per reason, naming what was left out (the first few, then a count). */
  lines(): string[] {
    return [...this.byReason].map(([reason, items]) => {
      const named = items.length > 6 ? `${items.slice(0, 6).join(', ')} and ${items.length - 6} more` : items.join(', ');
      return `Withheld, not drawn (${reason}): ${named}.`;
    });
  }
}

/**
 * A published part of the report (a section object) typed as unsuppressed; null when it is missing or withheld as a
 * whole (then noted). Figures inside may still be withheld: read them through figure().
 */
export function partOf<T>(value: unknown, what: string, leftOut: LeftOut): T | null {
  return value === null || value === undefined || leftOut.note(what, value) ? null : (value as T);
}
