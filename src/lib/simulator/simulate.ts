/**
 * The simulation engine. Cost grows with token requests and state changes, not with calls:
 * calls are counted per span (see arrivals.ts), and refused requests sent while a source is
 * blocked are counted arithmetically, because the limiter refuses all of them and none changes
 * its state (`fastForward`). A retry-at-once loop is a request per auth round trip, so a 60 s
 * block costs one event per looping client, not millions.
 */
import { createRateLimiter, type RateLimiter } from '../authServer/rateLimiter';
import { firstCallOffset, nextArrival } from './arrivals';
import { EventQueue } from './eventQueue';
import { buildFleet, describeUnits, findSharedLanes, type Fetcher, type Fleet, type Unit } from './fleet';
import { createRng, type Rng } from './random';
import { Recorder } from './recorder';
import type { DiscardReason, RequestOutcome, SimulationResult, TokenRecord, TokenRequestRecord } from './result';
import { resolveScenario, type Scenario, type ScenarioInput } from './scenario';
import { attemptTime, countSentBefore, scheduleBlockedAttempts } from './blockedAttempts';
import { computeRetryDelay, type RetryPolicy } from './strategies';
import { sumBlockedTime } from './summary';

export interface SimulateOptions {
  seed?: number;
  /** Cap on each recorded list (requests, spans, tokens, budget samples). */
  maxRecordedEvents?: number;
  /** Safety cap on engine events; the run stops early and says so when hit. */
  maxEvents?: number;
}

const DEFAULT_SEED = 1;
const DEFAULT_MAX_RECORDED = 100_000;
const DEFAULT_MAX_EVENTS = 5_000_000;

type Event =
  | { t: number; kind: 'start'; process: number }
  | { t: number; kind: 'restart'; process: number }
  | { t: number; kind: 'request'; fetcher: Fetcher; gen: number }
  | { t: number; kind: 'response'; fetcher: Fetcher; gen: number; incarnation: number; outcome: RequestOutcome; sentAt: number; retryAfterMs: number | null; record: TokenRequestRecord | null }
  | { t: number; kind: 'refresh'; fetcher: Fetcher; gen: number; tokenId: string }
  | { t: number; kind: 'expire'; unit: Unit; tokenId: string }
  | { t: number; kind: 'blockEnd'; source: number };

/** Run a scenario (partial settings are filled with defaults). Throws SimulatorError on nonsense settings. */
export function simulate(input: ScenarioInput | Scenario, options: SimulateOptions = {}): SimulationResult {
  const s = resolveScenario(input as ScenarioInput);
  const seed = options.seed ?? DEFAULT_SEED;
  return new Engine(s, seed, options).run();
}

class Engine {
  private readonly rng: Rng;
  private readonly limiter: RateLimiter;
  private readonly queue = new EventQueue<Event>();
  private readonly rec: Recorder;
  private readonly fleet: Fleet;
  private readonly end: number;
  private nextTokenId = 1;
  private wrongSecretAnswered = false;
  private events = 0;
  private stoppedAt: number | null = null;

  constructor(
    private readonly s: Scenario,
    private readonly seed: number,
    private readonly options: SimulateOptions,
  ) {
    this.rng = createRng(seed);
    this.limiter = createRateLimiter(s.rateLimit);
    this.rec = new Recorder(s, this.rng, options.maxRecordedEvents ?? DEFAULT_MAX_RECORDED);
    this.fleet = buildFleet(s, this.rng);
    this.end = s.durationMs;
  }

  run(): SimulationResult {
    const { s, fleet, queue } = this;
    for (const proc of fleet.processes) {
      queue.push({ t: proc.startAt, kind: 'start', process: proc.index });
      if (proc.wrongSecret) continue;
      for (const at of s.restarts.atMs) {
        const t = at + s.restarts.spreadMs * this.rng.next();
        if (t > proc.startAt) queue.push({ t, kind: 'restart', process: proc.index });
      }
    }
    const maxEvents = this.options.maxEvents ?? DEFAULT_MAX_EVENTS;
    for (;;) {
      const next = queue.peekTime();
      if (next === undefined || next >= this.end) break;
      if (this.events >= maxEvents) {
        this.stoppedAt = next;
        break;
      }
      const event = queue.pop()!;
      this.events++;
      this.handle(event);
    }
    const finish = this.stoppedAt ?? this.end;
    for (const unit of fleet.units) for (const m of unit.members) this.rec.closeMember(unit, m, finish, true);
    for (const f of fleet.fetchers) this.trimFastForward(f, finish);
    return this.result(finish);
  }

  private handle(e: Event): void {
    switch (e.kind) {
      case 'start':
        return this.startProcess(e.process, e.t);
      case 'restart':
        return this.restartProcess(e.process, e.t);
      case 'request':
        if (e.gen === e.fetcher.gen) this.sendRequest(e.fetcher, e.t);
        return;
      case 'response':
        return this.receive(e);
      case 'refresh': {
        const f = e.fetcher;
        if (e.gen !== f.gen || f.unit.token?.id !== e.tokenId || f.looping) return;
        return this.kick(f, e.t, f.worker === undefined ? 0 : this.callOffset(f));
      }
      case 'expire':
        if (e.unit.token?.id === e.tokenId && e.unit.serving) this.setServing(e.unit, false, e.t);
        return;
      case 'blockEnd':
        this.rec.budgetSample({ t: e.t, source: e.source, budget: this.limiter.peek(this.fleet.sources[e.source], e.t).budget });
        return;
    }
  }

  // --- processes -------------------------------------------------------------------------

  private startProcess(index: number, t: number): void {
    const proc = this.fleet.processes[index];
    for (const unit of proc.units) {
      for (const m of unit.members) {
        if (m.process !== index) continue;
        m.active = true;
        m.since = t;
      }
    }
    for (const f of proc.fetchers) this.arm(f, t);
  }

  /** A restart wipes memory caches; file caches survive, but the fetch loops start over. */
  private restartProcess(index: number, t: number): void {
    const proc = this.fleet.processes[index];
    for (const f of proc.fetchers) this.cancel(f, t);
    for (const unit of proc.units) {
      if (!unit.memory) continue;
      unit.incarnation++;
      if (unit.token) this.discard(unit.token, t, 'restart');
      unit.token = null;
      if (unit.serving) this.setServing(unit, false, t);
    }
    for (const f of proc.fetchers) this.arm(f, t);
  }

  /** Start a fetcher: wait for the current token's refresh moment, or fetch at the next call. */
  private arm(f: Fetcher, t: number): void {
    const token = f.unit.token;
    if (token && f.unit.serving && !f.unit.perCall) {
      const at = this.refreshTime(token);
      if (at > t) {
        this.queue.push({ t: at, kind: 'refresh', fetcher: f, gen: f.gen, tokenId: token.id });
        return;
      }
    }
    this.kick(f, t, f.worker === undefined ? 0 : this.callOffset(f));
  }

  private kick(f: Fetcher, t: number, delay: number): void {
    f.gen++;
    f.looping = true;
    f.flow = false;
    f.failures = 0;
    this.queue.push({ t: t + delay, kind: 'request', fetcher: f, gen: f.gen });
  }

  private cancel(f: Fetcher, t: number): void {
    this.trimFastForward(f, t);
    f.gen++;
    f.looping = false;
    f.flow = false;
    f.failures = 0;
  }

  private callOffset(f: Fetcher): number {
    const proc = this.fleet.processes[f.process];
    return firstCallOffset(this.s.arrival, this.s.callsPerSecond, f.worker ?? 0, proc.workers, this.rng);
  }

  private refreshTime(token: TokenRecord): number {
    const r = this.s.strategy.refresh;
    if (r.mode === 'ahead') return token.expiresAt - r.marginMs - r.jitterMs * this.rng.next();
    if (r.mode === 'onExpiry') return token.expiresAt;
    // Refresh after a 401 only: the first call after expiry is refused by Zeebe, and only then a token is fetched.
    return token.expiresAt + this.s.zeebeLatencyMs;
  }

  private retryPolicy(f: Fetcher): RetryPolicy {
    return f.unit.wrongSecret ? this.s.wrongSecret!.retry : this.s.strategy.onFailure;
  }

  // --- requests ----------------------------------------------------------------------------

  private sendRequest(f: Fetcher, t: number): void {
    const unit = f.unit;
    const sourceName = this.fleet.sources[unit.source];
    f.ff = null;
    const blockedUntil = this.limiter.peek(sourceName, t).blockedUntil;
    if (blockedUntil !== null && blockedUntil > t) return this.fastForward(f, t, blockedUntil);

    const decision = this.limiter.take(sourceName, t);
    let outcome: RequestOutcome;
    let retryAfterMs: number | null = null;
    if (decision.allowed) {
      outcome = unit.wrongSecret ? 'invalid_client' : this.rng.next() < this.s.authServerErrorRate ? 'server_error' : 'issued';
    } else {
      outcome = 'rate_limited';
      retryAfterMs = decision.retryAfterMs;
      if (decision.reason === 'over-limit') {
        this.rec.block({ source: unit.source, start: t, end: decision.blockedUntil });
        this.queue.push({ t: decision.blockedUntil, kind: 'blockEnd', source: unit.source });
      }
    }
    this.rec.budgetSample({ t, source: unit.source, budget: this.limiter.peek(sourceName, t).budget });
    const record = this.rec.request({ t, process: f.process, ...(f.worker !== undefined ? { worker: f.worker } : {}), source: unit.source, unit: unit.id, outcome, audience: unit.audience });

    let latency = this.s.authLatencyMs;
    if (outcome === 'invalid_client') {
      if (this.wrongSecretAnswered) latency += this.s.invalidClientDelayMs;
      this.wrongSecretAnswered = true;
    }

    if (unit.perCall && f.flow) {
      // Token per call: the call goes ahead with its fresh token; the worker's next call fetches again.
      if (outcome === 'issued') {
        const token = this.issue(f, t, t + latency, record);
        this.discard(token, t + latency, 'used');
        this.queue.push({ t: nextArrival(this.s.arrival, this.s.callsPerSecond, t, this.rng), kind: 'request', fetcher: f, gen: f.gen });
        return;
      }
      // A refusal stops the worker: its calls queue while it retries.
      f.flow = false;
      f.looping = true;
      this.setServing(unit, false, t);
    }
    this.queue.push({ t: t + latency, kind: 'response', fetcher: f, gen: f.gen, incarnation: unit.incarnation, outcome, sentAt: t, retryAfterMs, record });
  }

  /**
   * The source is blocked until `until`: every request before then is refused without changing
   * the limiter, so count the loop's attempts up to the block's end and schedule the first one
   * after it. The first attempt still goes through the limiter as a check.
   */
  private fastForward(f: Fetcher, t: number, until: number): void {
    const unit = f.unit;
    const check = this.limiter.take(this.fleet.sources[unit.source], t);
    if (check.allowed) throw new Error('Simulator invariant broken: a blocked source let a request through.');
    const attempts = scheduleBlockedAttempts(this.retryPolicy(f), t, until, this.s.authLatencyMs, f.failures, this.rng);
    f.failures += attempts.count;
    const base: TokenRequestRecord = { t, process: f.process, ...(f.worker !== undefined ? { worker: f.worker } : {}), source: unit.source, unit: unit.id, outcome: 'rate_limited', audience: unit.audience };
    const record = this.rec.request(attempts.count > 1 ? { ...base, count: attempts.count, end: attempts.lastAt } : base);
    f.ff = { record, attempts };
    if (unit.perCall && f.flow) {
      f.flow = false;
      this.setServing(unit, false, t);
    }
    f.looping = true;
    this.queue.push({ t: attempts.nextAt, kind: 'request', fetcher: f, gen: f.gen });
  }

  /** A loop stopped at `t` (restart, or its cache was filled): keep only the attempts already sent. */
  private trimFastForward(f: Fetcher, t: number): void {
    const ff = f.ff;
    if (!ff) return;
    f.ff = null;
    const keep = countSentBefore(ff.attempts, t);
    if (keep === ff.attempts.count) return;
    this.rec.uncount('rate_limited', ff.attempts.count - keep);
    if (!ff.record) return;
    if (keep === 1) {
      delete ff.record.count;
      delete ff.record.end;
    } else {
      ff.record.count = keep;
      ff.record.end = attemptTime(ff.attempts, keep);
    }
  }

  // --- responses ---------------------------------------------------------------------------

  private receive(e: Extract<Event, { kind: 'response' }>): void {
    const f = e.fetcher;
    const unit = f.unit;
    const current = e.gen === f.gen;
    if (e.outcome === 'issued') {
      const record = e.record;
      if (e.incarnation !== unit.incarnation) {
        // The process restarted while the request was out: the answer reaches nobody.
        this.discard(this.issue(f, e.sentAt, e.t, record), e.t, 'lost');
        return;
      }
      return this.install(f, this.issue(f, e.sentAt, e.t, record), e.t);
    }
    if (!current || !f.looping) return;
    f.failures++;
    const delay = computeRetryDelay(this.retryPolicy(f), f.failures, e.outcome === 'rate_limited' ? e.retryAfterMs : null, this.rng);
    this.queue.push({ t: e.t + delay, kind: 'request', fetcher: f, gen: f.gen });
  }

  private issue(f: Fetcher, sentAt: number, receivedAt: number, record: TokenRequestRecord | null): TokenRecord {
    const unit = f.unit;
    const id = `tok${this.nextTokenId++}`;
    if (record) record.tokenId = id;
    return this.rec.token({
      id,
      unit: unit.id,
      process: unit.memory ? f.process : null,
      lanes: unit.members.map((m) => m.lane),
      audience: unit.audience,
      issuedAt: sentAt,
      receivedAt,
      expiresAt: sentAt + this.s.tokenLifetimeMs,
    });
  }

  private install(f: Fetcher, token: TokenRecord, t: number): void {
    const unit = f.unit;
    if (unit.perCall) {
      // The token serves the calls that queued; the worker goes back to a token per call.
      this.discard(token, t, 'used');
      f.gen++;
      f.looping = false;
      f.flow = true;
      f.failures = 0;
      if (!unit.serving) this.setServing(unit, true, t);
      this.queue.push({ t: nextArrival(this.s.arrival, this.s.callsPerSecond, t, this.rng), kind: 'request', fetcher: f, gen: f.gen });
      return;
    }
    if (unit.token && unit.token.discardedAt === undefined) this.discard(unit.token, t, 'replaced');
    unit.token = token;
    if (!unit.serving) this.setServing(unit, true, t);
    this.queue.push({ t: token.expiresAt, kind: 'expire', unit, tokenId: token.id });
    // Everyone sharing the cache now finds a fresh token: their loops stop, their refresh waits.
    for (const other of unit.fetchers) {
      if (!this.isActive(other)) continue;
      this.cancel(other, t);
      this.arm(other, t);
    }
    const sibling = unit.sibling;
    if (sibling) {
      // Two tools, one file: this write dropped the other tool's entry.
      if (sibling.token && sibling.token.discardedAt === undefined) this.discard(sibling.token, t, 'overwritten');
      sibling.token = null;
      if (sibling.serving) {
        this.setServing(sibling, false, t);
        for (const other of sibling.fetchers) {
          if (!this.isActive(other) || other.looping) continue;
          this.cancel(other, t);
          this.arm(other, t);
        }
      }
    }
  }

  private isActive(f: Fetcher): boolean {
    return f.unit.members.some((m) => m.process === f.process && m.active);
  }

  private discard(token: TokenRecord, t: number, reason: DiscardReason): void {
    if (token.discardedAt !== undefined) return;
    token.discardedAt = Math.min(t, token.expiresAt);
    token.discardReason = reason;
  }

  private setServing(unit: Unit, serving: boolean, t: number): void {
    for (const m of unit.members) this.rec.closeMember(unit, m, t, false);
    unit.serving = serving;
  }

  // --- output ------------------------------------------------------------------------------

  private result(finish: number): SimulationResult {
    const { rec, fleet, s } = this;
    const c = rec.counts;
    return {
      scenario: s,
      seed: this.seed,
      durationMs: s.durationMs,
      sources: fleet.sources,
      lanes: fleet.lanes,
      units: describeUnits(fleet.units),
      tokenRequests: rec.tokenRequests,
      spans: rec.mergedSpans(findSharedLanes(fleet.units)).sort((a, b) => a.start - b.start),
      blocks: rec.blocks,
      tokens: rec.tokens,
      limiterBudget: rec.budget,
      summary: {
        tokenRequests: c.tokenRequests,
        rateLimited: c.rateLimited,
        invalidClient: c.invalidClient,
        serverErrors: c.serverErrors,
        tokensIssued: c.tokensIssued,
        timeBlockedMs: sumBlockedTime(rec.blocks, finish),
        blocks: rec.blocks.length,
        calls: c.calls,
        servedCalls: c.served,
        failedCalls: c.failed,
        pendingCalls: c.pending,
        addedLatencyP50Ms: rec.latency.quantile(0.5),
        addedLatencyP99Ms: rec.latency.quantile(0.99),
        addedLatencyMeanMs: rec.latency.mean(),
      },
      truncated: { lists: [...rec.truncatedLists], stoppedAtMs: this.stoppedAt },
      events: this.events,
    };
  }
}
