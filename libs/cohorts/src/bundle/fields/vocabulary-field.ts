import { accept, reject, type FieldResult } from './field-result';

/** One value of a closed list; matched case-insensitively (spreadsheets capitalise), stored as the list spells it. */
export function parseVocabulary<T extends string>(text: string, allowed: readonly T[]): FieldResult<T> {
  const lower = text.toLowerCase();
  const match = allowed.find((value) => value === lower);
  return match !== undefined ? accept(match) : reject(`'${text}' is not one of ${allowed.join(', ')}`);
}
