/**
 * Latency statistics without one sample per call. Served calls either found a token (a point
 * mass at 0, or at the auth round trip for token-per-call) or waited in a span for one; calls
 * spread evenly over a wait of length w have added latency uniform on [0, w]. Percentiles come
 * from the exact distribution of that mixture.
 */

interface Piece {
  lo: number;
  hi: number;
  count: number;
}

export class LatencyMixture {
  private pieces = new Map<string, Piece>();

  /** `count` calls with added latency spread evenly over [lo, hi] (lo === hi for a point). */
  add(lo: number, hi: number, count: number): void {
    if (!(count > 0)) return;
    const key = `${lo}|${hi}`;
    const piece = this.pieces.get(key);
    if (piece) piece.count += count;
    else this.pieces.set(key, { lo, hi, count });
  }

  get total(): number {
    let sum = 0;
    for (const p of this.pieces.values()) sum += p.count;
    return sum;
  }

  mean(): number {
    let weighted = 0;
    let total = 0;
    for (const p of this.pieces.values()) {
      weighted += p.count * (p.lo + p.hi) / 2;
      total += p.count;
    }
    return total > 0 ? weighted / total : 0;
  }

  /** The q-quantile (0..1) of added latency, in ms; 0 when there were no served calls. */
  quantile(q: number): number {
    const pieces = [...this.pieces.values()];
    const total = pieces.reduce((s, p) => s + p.count, 0);
    if (total <= 0) return 0;
    const target = q * total;
    const cdf = (x: number) => {
      let c = 0;
      for (const p of pieces) {
        if (x >= p.hi) c += p.count;
        else if (x > p.lo) c += (p.count * (x - p.lo)) / (p.hi - p.lo);
      }
      return c;
    };
    let lo = 0;
    let hi = Math.max(...pieces.map((p) => p.hi));
    if (cdf(lo) >= target) return 0;
    for (let i = 0; i < 60 && hi - lo > 1e-6; i++) {
      const mid = (lo + hi) / 2;
      if (cdf(mid) >= target) hi = mid;
      else lo = mid;
    }
    return Math.round(hi * 1000) / 1000;
  }
}

/** Total blocked time per source within [0, durationMs]; blocks of one source never overlap. */
export function sumBlockedTime(blocks: { start: number; end: number }[], durationMs: number): number {
  let sum = 0;
  for (const b of blocks) sum += Math.max(0, Math.min(b.end, durationMs) - Math.max(0, b.start));
  return sum;
}
