/** Put in place of a figure that is not published, with the reason. */
export interface Withheld {
  suppressed: true;
  reason: string;
}

/** A report as published to a suppressing scope: any number (and some whole parts) may be withheld. */
export type Published<T> = T extends number
  ? number | Withheld
  : T extends readonly (infer U)[]
    ? Published<U>[] | Withheld
    : T extends object
      ? { [K in keyof T]: Published<T[K]> } | Withheld
      : T | Withheld;

export function isWithheld(value: unknown): value is Withheld {
  return typeof value === 'object' && value !== null && (value as Withheld).suppressed === true;
}

export const fewerThan = (k: number): Withheld => ({ suppressed: true, reason: `fewer than ${k} citizens` });
export const DERIVABLE: Withheld = { suppressed: true, reason: 'could be worked out from a total and the other figures' };
export const ROW_LEVEL: Withheld = { suppressed: true, reason: 'row-level data is not published' };
export const NO_RULE: Withheld = { suppressed: true, reason: 'this part of the report has no disclosure rule yet, so it is not published' };
