/**
 * Seeded randomness for the simulator. The same seed gives the same run, so a scenario link
 * reproduces a timeline exactly and tests can compare whole results.
 */

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Exponentially distributed gap for events at `ratePerMs` (mean 1 / ratePerMs). */
  exponential(ratePerMs: number): number;
  /** A Poisson-distributed count with the given mean. */
  poisson(mean: number): number;
}

/** mulberry32: tiny, fast and good enough for a simulation (not for secrets). */
export function createRng(seed: number): Rng {
  let state = (Math.floor(seed) >>> 0) ^ 0x9e3779b9;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  const normal = (): number => {
    // Box-Muller; 1 - next() keeps the logarithm finite.
    const u = 1 - next();
    const v = next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  return {
    next,
    exponential(ratePerMs) {
      return -Math.log(1 - next()) / ratePerMs;
    },
    poisson(mean) {
      if (!(mean > 0)) return 0;
      if (mean < 30) {
        // Knuth: exact, and cheap for small means.
        const limit = Math.exp(-mean);
        let k = 0;
        let p = next();
        while (p > limit) {
          k++;
          p *= next();
        }
        return k;
      }
      // Large means: the normal approximation keeps the cost constant.
      return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal()));
    },
  };
}
