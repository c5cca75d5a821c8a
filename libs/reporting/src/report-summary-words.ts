// The summary's words and figures: numbers in the language's own format, and safe reads of parts that may be withheld.
import { isWithheld } from './disclosure';

export type Lang = 'da' | 'en';
export const num = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const locale = (lang: Lang) => (lang === 'da' ? 'da-DK' : 'en-GB');
export const fmt = (x: number, lang: Lang, digits = 2) => x.toLocaleString(locale(lang), { minimumFractionDigits: digits, maximumFractionDigits: digits });
export const dkk = (x: number, lang: Lang) => `${Math.round(x).toLocaleString(locale(lang))} DKK`;
export const pText = (x: number, lang: Lang) => (x < 0.001 ? (lang === 'da' ? 'p < 0,001' : 'p < 0.001') : `p = ${fmt(x, lang, 3)}`);
export const pct = (a: number, b: number) => Math.round((100 * a) / b);
const TIME: Record<string, [string, string]> = { m9: ['9 måneder', '9 months'], m18: ['18 måneder', '18 months'] };
export const when = (tp: string, lang: Lang) => (TIME[tp] ?? [tp, tp])[lang === 'da' ? 0 : 1];
export const to = (lang: Lang) => (lang === 'da' ? 'til' : 'to');

/** A published list; empty when the list itself is withheld. */
export const list = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);
/** An interval of two published numbers, or null when either is withheld or missing. */
export const pair = (value: unknown): [number, number] | null => (Array.isArray(value) && num(value[0]) && num(value[1]) ? [value[0], value[1]] : null);
/** A part of the report read through possibly withheld parents; undefined when any of them is withheld. */
export function at(value: unknown, ...path: string[]): unknown {
  for (const key of path) {
    if (value === null || value === undefined || isWithheld(value)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return isWithheld(value) ? undefined : value;
}
export { isWithheld };
