/**
 * Collects a run's output. Summary counters are always exact; the lists stop growing at the cap
 * (a browser cannot draw millions of records anyway) and say so in `truncated`.
 */
import { countCalls } from './arrivals';
import type { Member, Unit } from './fleet';
import type { Rng } from './random';
import type { BlockRecord, BudgetSample, Span, SpanState, TokenRecord, TokenRequestRecord } from './result';
import type { Scenario } from './scenario';
import { LatencyMixture } from './summary';

export class Recorder {
  readonly tokenRequests: TokenRequestRecord[] = [];
  readonly spans: Span[] = [];
  readonly blocks: BlockRecord[] = [];
  readonly tokens: TokenRecord[] = [];
  readonly budget: BudgetSample[] = [];
  readonly truncatedLists = new Set<string>();
  readonly latency = new LatencyMixture();
  counts = { tokenRequests: 0, rateLimited: 0, invalidClient: 0, serverErrors: 0, tokensIssued: 0, calls: 0, served: 0, failed: 0, pending: 0 };
  private readonly share: number;

  constructor(
    private readonly s: Scenario,
    private readonly rng: Rng,
    private readonly cap: number,
  ) {
    this.share = 1 / s.audiences.length;
  }

  private keep<T>(list: T[], name: string, item: T): T | null {
    if (list.length >= this.cap) {
      this.truncatedLists.add(name);
      return null;
    }
    list.push(item);
    return item;
  }

  request(record: TokenRequestRecord): TokenRequestRecord | null {
    const n = record.count ?? 1;
    this.counts.tokenRequests += n;
    if (record.outcome === 'rate_limited') this.counts.rateLimited += n;
    if (record.outcome === 'invalid_client') this.counts.invalidClient += n;
    if (record.outcome === 'server_error') this.counts.serverErrors += n;
    return this.keep(this.tokenRequests, 'tokenRequests', record);
  }

  /** A summarised run of refused requests ended early: take back the ones never sent. */
  uncount(outcome: 'rate_limited', n: number): void {
    this.counts.tokenRequests -= n;
    if (outcome === 'rate_limited') this.counts.rateLimited -= n;
  }

  token(record: TokenRecord): TokenRecord {
    this.counts.tokensIssued++;
    this.keep(this.tokens, 'tokens', record);
    return record;
  }

  block(record: BlockRecord): void {
    this.blocks.push(record);
  }

  budgetSample(sample: BudgetSample): void {
    this.keep(this.budget, 'limiterBudget', sample);
  }

  /**
   * Close a member's state from `member.since` to `to`. Without a token, calls that would have
   * waited longer than the call timeout fail, the rest wait for the token that came at `to`
   * (hindsight: the outcome of a wait is known only when it ends). `final` marks the run's end.
   */
  closeMember(unit: Unit, member: Member, to: number, final: boolean): void {
    const from = member.since;
    member.since = to;
    if (to <= from || !member.active) return;
    const s = this.s;
    if (unit.serving) {
      const n = this.calls(unit, member, from, to);
      this.counts.calls += n;
      this.counts.served += n;
      const added = unit.perCall ? s.authLatencyMs : 0;
      this.latency.add(added, added, n);
      this.span(unit, member, from, to, 'served', n, false);
      return;
    }
    const cut = unit.wrongSecret ? to : Math.max(from, to - s.callTimeoutMs);
    if (cut > from) {
      const n = this.calls(unit, member, from, cut);
      this.counts.calls += n;
      this.counts.failed += n;
      this.span(unit, member, from, cut, 'failing', n, false);
    }
    if (to > cut) {
      const n = this.calls(unit, member, cut, to);
      this.counts.calls += n;
      if (final) this.counts.pending += n;
      else {
        this.counts.served += n;
        this.latency.add(0, to - cut, n);
      }
      this.span(unit, member, cut, to, 'waiting', n, final);
    }
  }

  private calls(unit: Unit, member: Member, from: number, to: number): number {
    if (unit.wrongSecret) return 0;
    return countCalls(this.s.arrival, this.s.callsPerSecond, member.workers, from, to, this.rng) * this.share;
  }

  private span(unit: Unit, member: Member, start: number, end: number, state: SpanState, calls: number, pending: boolean): void {
    const span: Span = { lane: member.lane, unit: unit.id, audience: unit.audience, start, end, state, workers: member.workers, calls };
    if (pending) span.pending = true;
    this.keep(this.spans, 'spans', span);
  }

  /**
   * Merge spans that differ only in the cache that produced them: a lane drawing many workers
   * with a cache each gets one span per state change instead of one per worker. `unit` becomes
   * '*' on merged spans.
   */
  mergedSpans(sharedLanes: Set<string>): Span[] {
    if (sharedLanes.size === 0) return this.spans;
    const merged = new Map<string, Span>();
    const out: Span[] = [];
    for (const span of this.spans) {
      if (!sharedLanes.has(span.lane)) {
        out.push(span);
        continue;
      }
      const key = `${span.lane}|${span.audience}|${span.state}|${span.start}|${span.end}|${span.pending ? 1 : 0}`;
      const existing = merged.get(key);
      if (existing) {
        existing.workers += span.workers;
        existing.calls += span.calls;
        if (existing.unit !== span.unit) existing.unit = '*';
      } else {
        const copy = { ...span };
        merged.set(key, copy);
        out.push(copy);
      }
    }
    return out;
  }
}
