import { fewerThan, type Withheld } from './withheld';
import { restsOnFew, smallCount } from './cells';

/** Replaces fields of a (cloned) report object with a withheld marker. */
export function hide(target: object, keys: readonly string[], marker: Withheld): void {
  for (const key of keys) (target as Record<string, unknown>)[key] = marker;
}

/** A figure over `n` citizens: its `figures` are withheld when n < k, and `n` itself too when it is a small count. */
export function hideIfFew(target: object, nKey: string, n: number, figures: readonly string[], k: number): boolean {
  if (!restsOnFew(n, k)) return false;
  hide(target, figures, fewerThan(k));
  if (smallCount(n, k)) hide(target, [nKey], fewerThan(k));
  return true;
}
