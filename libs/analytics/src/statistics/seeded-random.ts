import mt19937 from '@stdlib/random-base-mt19937';

/**
 * A seeded uniform [0, 1) generator, so a bootstrap with the same seed reproduces exactly: the 32-bit Mersenne
 * Twister (Matsumoto & Nishimura 1998) from @stdlib, the generator R itself uses by default.
 */
export function seededRandom(seed: number): () => number {
  const generator = mt19937.factory({ seed: seed >>> 0 });
  // A uint32 on [0, 2^32 − 1] scaled to [0, 1): ample resolution for drawing resample indices.
  return () => generator() / 4294967296;
}
