/**
 * Per lane and column, the share of time the lane held a valid token: the thin bar drawn along
 * the top of each lane. Overlapping tokens are not added up (a lane either has a token or not).
 */
import type { SimulationResult, Timeline } from '../simulator';

export function laneTokenCoverage(result: Pick<SimulationResult, 'lanes' | 'tokens'>, timeline: Pick<Timeline, 'from' | 'to' | 'columns' | 'columnMs'>): number[][] {
  const { from, to, columns, columnMs } = timeline;
  const index = new Map(result.lanes.map((l, i) => [l.id, i]));
  const coverage = result.lanes.map(() => new Array<number>(columns).fill(0));
  for (const token of result.tokens) {
    const a = Math.max(from, token.receivedAt);
    const b = Math.min(to, token.expiresAt, token.discardedAt ?? Infinity);
    if (!(b > a)) continue;
    const first = Math.floor((a - from) / columnMs);
    const last = Math.min(columns - 1, Math.floor((b - from) / columnMs));
    for (const laneId of token.lanes) {
      const row = coverage[index.get(laneId) ?? -1];
      if (!row) continue;
      for (let c = first; c <= last; c++) {
        const overlap = Math.min(b, from + (c + 1) * columnMs) - Math.max(a, from + c * columnMs);
        if (overlap > 0) row[c] = Math.min(1, Math.max(row[c], overlap / columnMs));
      }
    }
  }
  return coverage;
}
