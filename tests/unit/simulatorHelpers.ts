/**
 * Test helpers for the simulator: an independent token-bucket replay (written separately from
 * the shared limiter on purpose) and a coverage check for tokens.
 */
import type { SimulationResult, TokenRequestRecord } from '../../src/lib/simulator/result';

interface BucketState {
  tokens: number;
  at: number;
  blockedUntil: number;
}

/** Replays every recorded request against a fresh bucket and lists any disagreement. */
export function replayRequests(result: SimulationResult): { mismatches: string[]; counted: number; blocks: { source: number; start: number; end: number }[] } {
  const { ratePerSecond, burst, blockMs } = result.scenario.rateLimit;
  const state = new Map<number, BucketState>();
  const mismatches: string[] = [];
  const blocks: { source: number; start: number; end: number }[] = [];
  let counted = 0;
  const requests = [...result.tokenRequests].sort((a, b) => a.t - b.t);
  const bucket = (source: number, t: number) => {
    let s = state.get(source);
    if (!s) {
      s = { tokens: burst, at: t, blockedUntil: -Infinity };
      state.set(source, s);
    }
    s.tokens = Math.min(burst, s.tokens + ((t - s.at) / 1000) * ratePerSecond);
    s.at = t;
    return s;
  };
  const describe = (r: TokenRequestRecord) => `${r.outcome} at ${r.t} from source ${r.source} (${r.unit})`;
  for (const r of requests) {
    const s = bucket(r.source, r.t);
    counted += r.count ?? 1;
    let allowed: boolean;
    if (r.t < s.blockedUntil) allowed = false;
    else if (s.tokens >= 1) {
      s.tokens -= 1;
      allowed = true;
    } else {
      s.tokens = 0;
      s.blockedUntil = r.t + blockMs;
      blocks.push({ source: r.source, start: r.t, end: r.t + blockMs });
      allowed = false;
    }
    if (allowed !== (r.outcome !== 'rate_limited')) mismatches.push(`replay ${allowed ? 'allows' : 'refuses'} ${describe(r)}`);
    if (r.count !== undefined && !(r.end !== undefined && r.end < s.blockedUntil)) {
      mismatches.push(`summarised run ${describe(r)} x${r.count} ends at ${r.end}, after the block ends at ${s.blockedUntil}`);
    }
  }
  return { mismatches, counted, blocks };
}

/** Served time of each unit that its tokens do not cover. */
export function uncoveredServedSpans(result: SimulationResult): string[] {
  const problems: string[] = [];
  const byUnit = new Map<string, [number, number][]>();
  for (const tok of result.tokens) {
    const until = Math.min(tok.expiresAt, tok.discardedAt ?? Infinity);
    const list = byUnit.get(tok.unit) ?? [];
    list.push([tok.receivedAt, until]);
    byUnit.set(tok.unit, list);
  }
  for (const span of result.spans) {
    if (span.state !== 'served' || span.end <= span.start) continue;
    const intervals = (byUnit.get(span.unit) ?? []).filter(([a, b]) => b > span.start && a < span.end).sort((x, y) => x[0] - y[0]);
    let covered = span.start;
    for (const [a, b] of intervals) {
      if (a > covered + 1e-6) break;
      covered = Math.max(covered, b);
    }
    if (covered < span.end - 1e-6) problems.push(`${span.lane} served ${span.start}..${span.end} but tokens of ${span.unit} cover only up to ${covered}`);
  }
  return problems;
}

export function sum<T>(items: T[], f: (x: T) => number): number {
  return items.reduce((s, x) => s + f(x), 0);
}
