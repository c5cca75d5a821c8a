import { isUtf8 } from 'node:buffer';
import type { LocatedError } from '@cti/domain';

/** `start`: the offset of the text, past a byte-order mark. */
export type CheckedText = { ok: true; start: number } | { ok: false; error: LocatedError };

/** The line of a byte offset: line feeds before it, plus one. */
function lineOfByte(data: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (data[i] === 10) line++;
  return line;
}

/** The offset of the first byte that is not part of valid UTF-8 (the text before it decodes cleanly). */
function firstInvalidByte(data: Uint8Array): number {
  const lenient = new TextDecoder('utf-8', { fatal: false }).decode(data);
  const bad = lenient.indexOf('\uFFFD');
  return bad < 0 ? 0 : Buffer.byteLength(lenient.slice(0, bad), 'utf8');
}

/**
 * Whether the file is UTF-8 text, checked on its bytes without decoding them (a large file's text would be a second
 * copy of it); where its text starts (after a byte-order mark); or a located reason it is not UTF-8 text.
 */
export function checkCsvText(file: string, data: Uint8Array): CheckedText {
  if ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff)) {
    return { ok: false, error: { file, row: 1, message: 'the file is UTF-16 ("Unicode text"); save it as "CSV UTF-8"' } };
  }
  const nul = Buffer.from(data.buffer, data.byteOffset, data.byteLength).indexOf(0);
  if (nul >= 0) return { ok: false, error: { file, row: lineOfByte(data, nul), message: 'the file holds binary data, not CSV text' } };
  if (!isUtf8(data)) {
    return { ok: false, error: { file, row: lineOfByte(data, firstInvalidByte(data)), message: 'the file is not UTF-8 text (in Excel, save it as "CSV UTF-8")' } };
  }
  return { ok: true, start: data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0 };
}
