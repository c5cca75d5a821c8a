import type { LocatedError } from '@cti/domain';

export type DecodedText = { ok: true; text: string } | { ok: false; error: LocatedError };

const UTF8_BOM = '\uFEFF';

function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The file as UTF-8 text without a byte-order mark, or a located reason it is not UTF-8 text. */
export function decodeCsvText(file: string, data: Uint8Array): DecodedText {
  if ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff)) {
    return { ok: false, error: { file, row: 1, message: 'the file is UTF-16 ("Unicode text"); save it as "CSV UTF-8"' } };
  }
  const lenient = new TextDecoder('utf-8', { fatal: false }).decode(data);
  const nul = lenient.indexOf('\0');
  if (nul >= 0) return { ok: false, error: { file, row: lineOfOffset(lenient, nul), message: 'the file holds binary data, not CSV text' } };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(data);
    return { ok: true, text: text.startsWith(UTF8_BOM) ? text.slice(1) : text };
  } catch {
    // The lenient decode marks the first invalid byte with U+FFFD, which locates it.
    const line = lineOfOffset(lenient, Math.max(0, lenient.indexOf('\uFFFD')));
    return { ok: false, error: { file, row: line, message: 'the file is not UTF-8 text (in Excel, save it as "CSV UTF-8")' } };
  }
}
