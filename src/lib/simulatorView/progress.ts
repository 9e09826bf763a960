/**
 * What has happened by a given moment of a run: the figures that count up while the play head
 * moves. Summarised requests (a run of refusals during a block) count pro rata over their span.
 */
import type { RequestOutcome, SimulationResult } from '../simulator';

export interface ProgressCounts {
  requests: number;
  byOutcome: Record<RequestOutcome, number>;
  /** Blocks started by then. */
  blocks: number;
  /** Blocked time up to then, summed over sources. */
  blockedMs: number;
}

/** Counts of what happened before time `t` (ms from the start of the run); at the run's end, everything. */
export function countProgress(result: SimulationResult, t: number): ProgressCounts {
  const byOutcome: Record<RequestOutcome, number> = { issued: 0, rate_limited: 0, invalid_client: 0, server_error: 0 };
  let requests = 0;
  const all = t >= result.durationMs;
  for (const r of result.tokenRequests) {
    if (r.t >= t && !all) continue;
    const n = r.count ?? 1;
    const end = r.end ?? r.t;
    const share = end > r.t && t < end && !all ? (t - r.t) / (end - r.t) : 1;
    const counted = n * share;
    byOutcome[r.outcome] += counted;
    requests += counted;
  }
  let blocks = 0;
  let blockedMs = 0;
  for (const b of result.blocks) {
    if (b.start >= t && !all) continue;
    blocks++;
    blockedMs += Math.max(0, Math.min(b.end, t, result.durationMs) - b.start);
  }
  return { requests, byOutcome, blocks, blockedMs };
}
