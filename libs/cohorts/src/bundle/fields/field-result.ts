/** What a field parser returns: the value, or why the text is not one (never echoing the text itself is the caller's choice). */
export type FieldResult<T> = { ok: true; value: T } | { ok: false; message: string };

export const accept = <T>(value: T): FieldResult<T> => ({ ok: true, value });
export const reject = <T>(message: string): FieldResult<T> => ({ ok: false, message });
