// Characters no id or free text may hold: they hide or reorder what a reader sees (bidirectional overrides and
// isolates, zero-width characters; "Trojan Source", CVE-2021-42574), or act on a terminal or spreadsheet rather
// than being text (C0 and C1 controls, DEL).
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's purpose
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u200B-\u200D\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/u;

export interface UnsafeCharacter {
  /** 1-based position in the text. */
  position: number;
  /** e.g. U+202E */
  codePoint: string;
  kind: 'control character' | 'bidirectional control' | 'zero-width character';
}

function kindOf(code: number): UnsafeCharacter['kind'] {
  if (code < 0xa0) return 'control character';
  if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) return 'bidirectional control';
  return 'zero-width character';
}

/** The first character of `text` that ids and free text may not hold, or null when it is safe. */
export function findUnsafeCharacter(text: string): UnsafeCharacter | null {
  const match = UNSAFE.exec(text);
  if (!match) return null;
  const code = match[0].codePointAt(0)!;
  return { position: match.index + 1, codePoint: `U+${code.toString(16).toUpperCase().padStart(4, '0')}`, kind: kindOf(code) };
}

/** The one wording of the rule, for import errors and API validation alike. */
export function unsafeCharacterMessage(found: UnsafeCharacter): string {
  return `holds a ${found.kind} (${found.codePoint}) at character ${found.position}; ids and texts may not hold control, bidirectional or zero-width characters`;
}
