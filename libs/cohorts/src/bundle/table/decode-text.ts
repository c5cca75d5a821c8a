import type { LocatedError } from '@cti/domain';

export type DecodedText = { ok: true; text: string } | { ok: false; error: LocatedError };

const UTF8_BOM = '\uFEFF';

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

/** The file as UTF-8 text without a byte-order mark, or a located reason it is not UTF-8 text. */
export function decodeCsvText(file: string, data: Uint8Array): DecodedText {
  if ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff)) {
    return { ok: false, error: { file, row: 1, message: 'the file is UTF-16 ("Unicode text"); save it as "CSV UTF-8"' } };
  }
  // Checked on the bytes, so a large file is decoded once (a second copy of its text would double the memory).
  const nul = Buffer.from(data.buffer, data.byteOffset, data.byteLength).indexOf(0);
  if (nul >= 0) return { ok: false, error: { file, row: lineOfByte(data, nul), message: 'the file holds binary data, not CSV text' } };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(data);
    return { ok: true, text: text.startsWith(UTF8_BOM) ? text.slice(1) : text };
  } catch {
    return { ok: false, error: { file, row: lineOfByte(data, firstInvalidByte(data)), message: 'the file is not UTF-8 text (in Excel, save it as "CSV UTF-8")' } };
  }
}
