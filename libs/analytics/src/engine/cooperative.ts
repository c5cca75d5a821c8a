// Long synchronous work (the bootstrap over a national cohort) runs in slices, handing the event loop back between
// them, so the server keeps answering (e.g. /api/health) and an abandoned report can stop.

/** How long one slice may run before it yields, in milliseconds. */
export const SLICE_MS = 20;

/** A clock for one piece of work: `await slice.pause()` yields when the current slice has run long enough. */
export function slicer(signal?: AbortSignal): { pause(): Promise<void> } {
  let sliceStart = performance.now();
  return {
    async pause() {
      if (performance.now() - sliceStart < SLICE_MS) return;
      await new Promise<void>((resolve) => setImmediate(resolve));
      signal?.throwIfAborted();
      sliceStart = performance.now();
    },
  };
}
