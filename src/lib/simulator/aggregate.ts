/**
 * Bucket a run into N columns (one per pixel, say) so a timeline draws the same amount whatever
 * the run's length or size: per lane the share of worker-time served, waiting and failing, per
 * column the token requests by outcome, the blocked share of each source and its budget.
 */
import type { RequestOutcome, SimulationResult, SpanState } from './result';

export interface AggregateOptions {
  columns: number;
  from?: number;
  to?: number;
}

interface LaneColumns {
  lane: string;
  /** Per column, the share (0..1) of the lane's worker-time in each state. */
  served: number[];
  waiting: number[];
  failing: number[];
  calls: number[];
}

interface SourceColumns {
  source: number;
  /** Share (0..1) of the column during which the source was blocked. */
  blocked: number[];
  /** Lowest limiter budget seen in the column. */
  budgetMin: number[];
}

export interface Timeline {
  from: number;
  to: number;
  columns: number;
  columnMs: number;
  lanes: LaneColumns[];
  requests: Record<RequestOutcome, number[]>;
  sources: SourceColumns[];
}

export function aggregateTimeline(result: SimulationResult, options: AggregateOptions): Timeline {
  const columns = Math.floor(options.columns);
  if (!(columns >= 1 && columns <= 100_000)) throw new RangeError(`columns must be a whole number from 1 to 100000; got ${options.columns}.`);
  const from = options.from ?? 0;
  const to = options.to ?? result.durationMs;
  if (!(to > from)) throw new RangeError(`"to" (${to}) must be after "from" (${from}).`);
  const columnMs = (to - from) / columns;
  const zeros = () => new Array<number>(columns).fill(0);

  /** Spread `amount` evenly over [start, end] into columns (a point when start === end). */
  const spread = (target: number[], start: number, end: number, amount: number, perMs = false) => {
    const a = Math.max(start, from);
    const b = Math.min(end, to);
    if (end <= start) {
      if (start >= from && start < to) target[Math.min(columns - 1, Math.floor((start - from) / columnMs))] += amount;
      return;
    }
    if (b <= a) return;
    const first = Math.floor((a - from) / columnMs);
    const last = Math.min(columns - 1, Math.floor((b - from) / columnMs));
    for (let c = first; c <= last; c++) {
      const overlap = Math.min(b, from + (c + 1) * columnMs) - Math.max(a, from + c * columnMs);
      if (overlap > 0) target[c] += perMs ? amount * overlap : (amount * overlap) / (end - start);
    }
  };

  const laneMap = new Map<string, LaneColumns & { workers: number }>();
  for (const lane of result.lanes) {
    laneMap.set(lane.id, { lane: lane.id, workers: lane.workers * result.scenario.audiences.length, served: zeros(), waiting: zeros(), failing: zeros(), calls: zeros() });
  }
  for (const span of result.spans) {
    const lane = laneMap.get(span.lane);
    if (!lane) continue;
    const state: SpanState = span.state;
    spread(lane[state], span.start, span.end, span.workers / (lane.workers * columnMs), true);
    spread(lane.calls, span.start, span.end, span.calls);
  }

  const requests: Record<RequestOutcome, number[]> = { issued: zeros(), rate_limited: zeros(), invalid_client: zeros(), server_error: zeros() };
  for (const r of result.tokenRequests) spread(requests[r.outcome], r.t, r.end ?? r.t, r.count ?? 1);

  const { ratePerSecond, burst } = result.scenario.rateLimit;
  const sources: SourceColumns[] = result.sources.map((_, source) => {
    const blocked = zeros();
    for (const b of result.blocks) if (b.source === source) spread(blocked, b.start, b.end, 1 / columnMs, true);
    // Samples are in time order; sweep them once. Between samples the budget refills linearly;
    // a sample is taken at every block end, so refills during a block are never missed.
    const samples = result.limiterBudget.filter((s) => s.source === source);
    const budgetMin = zeros();
    let k = -1;
    for (let c = 0; c < columns; c++) {
      const t = from + (c + 1) * columnMs;
      while (k + 1 < samples.length && samples[k + 1].t < t) k++;
      const last = samples[k];
      budgetMin[c] = last ? Math.min(burst, last.budget + ((t - last.t) / 1000) * ratePerSecond) : burst;
    }
    for (const s of samples) {
      if (s.t < from || s.t >= to) continue;
      const c = Math.min(columns - 1, Math.floor((s.t - from) / columnMs));
      budgetMin[c] = Math.min(budgetMin[c], s.budget);
    }
    for (let c = 0; c < columns; c++) if (blocked[c] > 0) budgetMin[c] = 0;
    return { source, blocked, budgetMin };
  });

  return {
    from,
    to,
    columns,
    columnMs,
    lanes: [...laneMap.values()].map(({ workers: _w, ...rest }) => rest),
    requests,
    sources,
  };
}
