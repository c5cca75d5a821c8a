import { Unzip, UnzipInflate } from 'fflate';

export interface ZipMember {
  path: string;
  data: Uint8Array;
}

export type UnzipResult = { ok: true; members: ZipMember[] } | { ok: false; message: string };

// Small input chunks keep each inflated chunk small (deflate expands ~1000×), so the cap stops a zip bomb early.
const INPUT_CHUNK_BYTES = 4096;

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/**
 * Unpacks a zip archive, counting the bytes actually inflated (headers can lie about sizes) and giving up
 * once they pass `maxBytes`. Directory entries are left out.
 */
export function unzipCapped(archive: Uint8Array, maxBytes: number): UnzipResult {
  const members: ZipMember[] = [];
  let total = 0;
  let failure: string | null = null;
  const unzip = new Unzip((file) => {
    const chunks: Uint8Array[] = [];
    let length = 0;
    file.ondata = (err, chunk, final) => {
      if (failure) return;
      if (err) {
        failure = `cannot unpack ${file.name}: ${err.message}`;
        return;
      }
      length += chunk.length;
      total += chunk.length;
      if (total > maxBytes) {
        failure = `the archive unpacks to more than ${maxBytes} bytes`;
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (final && !file.name.endsWith('/')) members.push({ path: file.name, data: concat(chunks, length) });
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let offset = 0; offset < archive.length && !failure; offset += INPUT_CHUNK_BYTES) {
      unzip.push(archive.subarray(offset, offset + INPUT_CHUNK_BYTES), offset + INPUT_CHUNK_BYTES >= archive.length);
    }
  } catch (e) {
    failure ??= `not a readable zip archive (${(e as Error).message})`;
  }
  if (failure) return { ok: false, message: failure };
  if (members.length === 0) return { ok: false, message: 'not a zip archive, or an empty one' };
  return { ok: true, members };
}
