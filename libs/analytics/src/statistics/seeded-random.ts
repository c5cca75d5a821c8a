/**
 * A seeded uniform [0, 1) generator (mulberry32, public domain) so a bootstrap with the same seed reproduces
 * exactly. No seeded RNG is installed; `seedrandom` would be the maintained package to swap in.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
  };
}
