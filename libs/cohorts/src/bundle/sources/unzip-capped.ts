import { Unzip, UnzipInflate } from 'fflate';

export interface ZipMember {
  path: string;
  data: Uint8Array;
}

/** A reason to stop unpacking, where it was found (a member and line), when it has one. */
export interface UnzipFailure {
  message: string;
  member?: string;
  row?: number;
  /** A cap was reached (rather than the archive being unreadable). */
  limit?: boolean;
}

export type UnzipResult = { ok: true; members: ZipMember[] } | ({ ok: false } & UnzipFailure);

/** Looks at a member's bytes as they inflate; returns a failure to stop unpacking the whole archive. */
export type MemberWatcher = (chunk: Uint8Array, final: boolean) => UnzipFailure | null;

export interface UnzipLimits {
  /** Bytes all members may inflate to together. */
  maxBytes: number;
  /** Bytes one member may inflate to (a member-specific cap may come from `watch`). */
  maxEntryBytes: number;
  /** A watcher for a member (by path), e.g. counting CSV rows or XML elements, or none. */
  watch?: (path: string) => MemberWatcher | undefined;
}

// Small input chunks keep each inflated chunk small (deflate expands ~1000×), so the caps stop a zip bomb early.
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
 * Unpacks a zip archive, counting the bytes actually inflated (headers can lie about sizes) and giving up once a
 * member passes `maxEntryBytes`, all of them `maxBytes`, or a watcher objects. Directory entries are left out.
 */
export function unzipCapped(archive: Uint8Array, limits: UnzipLimits): UnzipResult {
  const members: ZipMember[] = [];
  let total = 0;
  let failure: UnzipFailure | null = null;
  const unzip = new Unzip((file) => {
    const chunks: Uint8Array[] = [];
    let length = 0;
    const watcher = limits.watch?.(file.name);
    file.ondata = (err, chunk, final) => {
      if (failure) return;
      if (err) {
        failure = { message: `cannot unpack ${file.name}: ${err.message}` };
        return;
      }
      length += chunk.length;
      total += chunk.length;
      if (total > limits.maxBytes) failure = { message: `the archive unpacks to more than ${limits.maxBytes} bytes` };
      else if (length > limits.maxEntryBytes) failure = { member: file.name, message: `unpacks to more than the ${limits.maxEntryBytes} bytes one file may hold` };
      else failure = watcher?.(chunk, final) ?? null;
      if (failure) {
        failure.limit = true;
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (final && !file.name.endsWith('/')) members.push({ path: file.name, data: concat(chunks.splice(0), length) });
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let offset = 0; offset < archive.length && !failure; offset += INPUT_CHUNK_BYTES) {
      unzip.push(archive.subarray(offset, offset + INPUT_CHUNK_BYTES), offset + INPUT_CHUNK_BYTES >= archive.length);
    }
  } catch (e) {
    failure ??= { message: `not a readable zip archive (${(e as Error).message})` };
  }
  if (failure) return { ok: false, ...(failure as UnzipFailure) };
  if (members.length === 0) return { ok: false, message: 'not a zip archive, or an empty one' };
  return { ok: true, members };
}
