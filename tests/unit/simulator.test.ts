import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/lib/simulator/simulate';
import { compareStrategies } from '../../src/lib/simulator/compare';
import type { ScenarioInput } from '../../src/lib/simulator/scenario';
import type { CacheScope, RefreshPolicy, RetryPolicy } from '../../src/lib/simulator/strategies';
import { replayRequests, sum, uncoveredServedSpans } from './simulatorHelpers';

const retryArb: fc.Arbitrary<RetryPolicy> = fc.oneof(
  fc.constant<RetryPolicy>({ mode: 'immediate' }),
  fc.record({ mode: fc.constant('backoff' as const), baseMs: fc.integer({ min: 1, max: 5_000 }), maxMs: fc.integer({ min: 5_000, max: 120_000 }), jitter: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ mode: fc.constant('retryAfter' as const), jitterMs: fc.integer({ min: 0, max: 10_000 }), baseMs: fc.integer({ min: 1, max: 2_000 }), maxMs: fc.integer({ min: 2_000, max: 60_000 }) }),
);
const refreshArb: fc.Arbitrary<RefreshPolicy> = fc.oneof(
  fc.record({ mode: fc.constant('ahead' as const), marginMs: fc.integer({ min: 0, max: 20_000 }), jitterMs: fc.integer({ min: 0, max: 20_000 }) }),
  fc.constant<RefreshPolicy>({ mode: 'onExpiry' }),
  fc.constant<RefreshPolicy>({ mode: 'on401' }),
);

/** Small but varied fleets with short-lived tokens, so refreshes, blocks and restarts all happen. */
const scenarioArb: fc.Arbitrary<ScenarioInput> = fc.record({
  durationMs: fc.integer({ min: 60_000, max: 2 * 3_600_000 }),
  processes: fc.integer({ min: 1, max: 4 }),
  workersPerProcess: fc.integer({ min: 1, max: 6 }),
  callsPerSecond: fc.double({ min: 0.05, max: 20, noNaN: true }),
  arrival: fc.oneof(
    fc.constant({ kind: 'steady' as const }),
    fc.constant({ kind: 'poisson' as const }),
    fc.constant({ kind: 'bursts' as const, periodMs: 30_000, burstMs: 3_000 }),
  ),
  sourceAddresses: fc.integer({ min: 1, max: 2 }),
  startSpreadMs: fc.integer({ min: 0, max: 60_000 }),
  restarts: fc.record({ atMs: fc.array(fc.integer({ min: 0, max: 3_600_000 }), { maxLength: 2 }), spreadMs: fc.integer({ min: 0, max: 10_000 }) }),
  audiences: fc.constantFrom(['zeebe.camunda.io'], ['zeebe.camunda.io', 'operate.camunda.io']),
  tokenLifetimeMs: fc.integer({ min: 60_000, max: 1_800_000 }),
  authLatencyMs: fc.integer({ min: 1, max: 2_000 }),
  authServerErrorRate: fc.constantFrom(0, 0.1),
  callTimeoutMs: fc.integer({ min: 100, max: 30_000 }),
  rateLimit: fc.record({ ratePerSecond: fc.constantFrom(0.5, 1, 3), burst: fc.integer({ min: 1, max: 8 }), blockMs: fc.constantFrom(1_000, 5_000, 60_000) }),
  strategy: fc.record({
    cache: fc.constantFrom<CacheScope>('none', 'worker', 'process', 'disk', 'contestedFile'),
    dedupe: fc.boolean(),
    refresh: refreshArb,
    onFailure: retryArb,
  }),
  wrongSecret: fc.option(fc.record({ processes: fc.constant(1), workersPerProcess: fc.integer({ min: 1, max: 5 }), startMs: fc.integer({ min: 0, max: 600_000 }), sourceIndex: fc.constant(0), retry: retryArb }), { nil: null }),
});

const runs = { numRuns: Number(process.env.SIM_PROPERTY_RUNS ?? 60) };
const slow = 60_000;

describe('simulator invariants (property tests)', () => {
  it('counts every token request through the limiter: an independent replay agrees on every outcome and block', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 0, max: 1_000 }), (scenario, seed) => {
        const result = simulate(scenario, { seed });
        if (result.truncated.lists.length > 0) return;
        const replay = replayRequests(result);
        expect(replay.mismatches).toEqual([]);
        expect(replay.counted).toBe(result.summary.tokenRequests);
        expect(replay.blocks).toEqual(result.blocks);
      }),
      runs,
    );
  }, slow);

  it('lets nothing through while a source is blocked', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 0, max: 1_000 }), (scenario, seed) => {
        const result = simulate(scenario, { seed });
        for (const r of result.tokenRequests) {
          if (r.outcome === 'rate_limited') continue;
          // A request at the very moment a block starts was answered before the one that went over.
          const inside = result.blocks.find((b) => b.source === r.source && r.t > b.start && r.t < b.end);
          expect(inside, `${r.outcome} at ${r.t} inside a block`).toBeUndefined();
        }
      }),
      runs,
    );
  }, slow);

  it('never serves a call without a valid token of its cache', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 0, max: 1_000 }), (scenario, seed) => {
        if (scenario.strategy?.cache === 'none') return;
        const result = simulate(scenario, { seed });
        if (result.truncated.lists.length > 0) return;
        expect(uncoveredServedSpans(result)).toEqual([]);
      }),
      runs,
    );
  }, slow);

  it('keeps the summary consistent with the raw outputs', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 0, max: 1_000 }), (scenario, seed) => {
        const result = simulate(scenario, { seed });
        if (result.truncated.lists.length > 0) return;
        const s = result.summary;
        const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(b)));
        close(s.calls, sum(result.spans, (x) => x.calls));
        close(s.failedCalls, sum(result.spans.filter((x) => x.state === 'failing'), (x) => x.calls));
        close(s.pendingCalls, sum(result.spans.filter((x) => x.pending), (x) => x.calls));
        close(s.servedCalls, s.calls - s.failedCalls - s.pendingCalls);
        expect(s.tokenRequests).toBe(sum(result.tokenRequests, (r) => r.count ?? 1));
        expect(s.rateLimited).toBe(sum(result.tokenRequests.filter((r) => r.outcome === 'rate_limited'), (r) => r.count ?? 1));
        expect(s.invalidClient).toBe(result.tokenRequests.filter((r) => r.outcome === 'invalid_client').length);
        expect(s.tokensIssued).toBe(result.tokens.length);
        // An issued request whose answer would arrive after the run never becomes a token.
        const issued = result.tokenRequests.filter((r) => r.outcome === 'issued');
        expect(s.tokensIssued).toBe(issued.filter((r) => r.tokenId).length);
        for (const r of issued.filter((x) => !x.tokenId)) expect(r.t + result.scenario.authLatencyMs).toBeGreaterThanOrEqual(result.durationMs);
        expect(s.blocks).toBe(result.blocks.length);
        close(s.timeBlockedMs, sum(result.blocks, (b) => Math.min(b.end, result.durationMs) - b.start));
        expect(s.addedLatencyP50Ms).toBeLessThanOrEqual(s.addedLatencyP99Ms);
        expect(s.addedLatencyP99Ms).toBeLessThanOrEqual(Math.max(result.scenario.callTimeoutMs, result.scenario.authLatencyMs) + 1e-6);
      }),
      runs,
    );
  }, slow);

  it('gives the same result for the same seed', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer(), (scenario, seed) => {
        expect(simulate(scenario, { seed })).toEqual(simulate(scenario, { seed }));
      }),
      { numRuns: 25 },
    );
  }, slow);
});

describe('simulator stories', () => {
  it('blocks a client without a cache within seconds at 2 calls per second or more', () => {
    fc.assert(
      fc.property(fc.double({ min: 2, max: 100, noNaN: true }), fc.integer({ min: 1, max: 5 }), (rate, workers) => {
        const result = simulate({ processes: 1, workersPerProcess: workers, callsPerSecond: rate, durationMs: 120_000, strategy: { cache: 'none', onFailure: { mode: 'immediate' } } });
        expect(result.blocks.length).toBeGreaterThan(0);
        expect(result.blocks[0].start).toBeLessThan(10_000);
      }),
      { numRuns: 30 },
    );
  });

  it('makes one token request per process, audience and token lifetime with a shared cache, however many workers', () => {
    const lifetime = 600_000;
    const result = simulate({
      processes: 3,
      workersPerProcess: 50,
      callsPerSecond: 10,
      durationMs: 3_600_000,
      startSpreadMs: 30_000,
      tokenLifetimeMs: lifetime,
      audiences: ['zeebe.camunda.io', 'operate.camunda.io'],
      strategy: { cache: 'process', dedupe: true, refresh: { mode: 'onExpiry' } },
    }, { seed: 7 });
    expect(result.summary.rateLimited).toBe(0);
    expect(result.units).toHaveLength(6);
    for (const unit of result.units) {
      const requests = result.tokenRequests.filter((r) => r.unit === unit.id);
      const first = requests[0].t;
      expect(requests).toHaveLength(Math.floor((3_600_000 - first) / lifetime) + 1);
    }
    // One lane per process once a process has more than 12 workers.
    expect(result.lanes).toHaveLength(3);
    expect(result.summary.calls).toBeGreaterThan(0.99 * 3 * 50 * 10 * 3_600);
  });

  it('lets workers race for the token when the cache does not deduplicate in-flight requests', () => {
    const shared = { processes: 1, workersPerProcess: 10, callsPerSecond: 20, authLatencyMs: 300, durationMs: 60_000 } as const;
    const dedupe = simulate({ ...shared, strategy: { cache: 'process', dedupe: true } });
    const racing = simulate({ ...shared, strategy: { cache: 'process', dedupe: false } });
    expect(dedupe.summary.tokenRequests).toBe(1);
    expect(racing.summary.tokenRequests).toBeGreaterThan(5);
    expect(racing.tokens.some((t) => t.discardReason === 'replaced')).toBe(true);
  });

  it('counts an immediate-retry loop during a block arithmetically instead of looping', () => {
    const result = simulate({
      processes: 20,
      workersPerProcess: 50,
      callsPerSecond: 10,
      durationMs: 3_600_000,
      strategy: { cache: 'none', onFailure: { mode: 'immediate' } },
    });
    expect(result.summary.tokenRequests).toBeGreaterThan(10_000_000);
    expect(result.events).toBeLessThan(200_000);
    expect(result.summary.timeBlockedMs).toBeGreaterThan(0.99 * 3_600_000);
  });

  // Speed itself is measured by `npm run bench`; here the cost model is checked: the work done
  // (engine events) follows token requests and state changes, not the 864 million calls.
  it('simulates 864 million calls (a day of 20 x 50 workers at 10 calls/s) in a few hundred events', () => {
    const result = simulate({ processes: 20, workersPerProcess: 50, callsPerSecond: 10, durationMs: 86_400_000, strategy: { cache: 'process' }, startSpreadMs: 0, rateLimit: { burst: 20 } });
    expect(result.summary.calls).toBeCloseTo(864_000_000, -3);
    expect(result.summary.rateLimited).toBe(0);
    expect(result.events).toBeLessThan(1_000);
  });

  it('a disk cache survives a restart of every process; a memory cache does not', () => {
    const workload: ScenarioInput = { processes: 8, workersPerProcess: 4, durationMs: 1_800_000, startSpreadMs: 60_000, restarts: { atMs: [600_000], spreadMs: 0 } };
    const { a: memory, b: disk } = compareStrategies(workload, { cache: 'process' }, { cache: 'disk' }, 3);
    expect(disk.summary.tokenRequests).toBe(1);
    expect(memory.summary.tokensIssued).toBe(16);
    expect(memory.summary.rateLimited).toBeGreaterThan(0);
    expect(memory.tokens.filter((t) => t.discardReason === 'restart')).toHaveLength(8);
    expect(memory.seed).toBe(disk.seed);
  });

  it('two tools sharing one cache file keep invalidating each other', () => {
    const result = simulate({ processes: 2, workersPerProcess: 1, callsPerSecond: 1, durationMs: 600_000, strategy: { cache: 'contestedFile', refresh: { mode: 'on401' } } });
    expect(result.tokens.filter((t) => t.discardReason === 'overwritten').length).toBeGreaterThan(5);
    expect(result.blocks.length).toBeGreaterThan(0);
  });

  it('a wrong secret on one machine blocks the healthy processes behind the same address', () => {
    const base: ScenarioInput = { processes: 4, workersPerProcess: 5, durationMs: 1_800_000, restarts: { atMs: [600_000], spreadMs: 0 }, strategy: { cache: 'process' } };
    const clean = simulate(base);
    const poisoned = simulate({ ...base, wrongSecret: { workersPerProcess: 20, startMs: 60_000 } });
    expect(clean.summary.failedCalls).toBe(0);
    expect(poisoned.summary.invalidClient).toBeGreaterThan(0);
    expect(poisoned.summary.failedCalls).toBeGreaterThan(0.5 * poisoned.summary.calls * (1_200_000 / 1_800_000));
    // Spread over their own addresses, the healthy processes are untouched.
    const apart = simulate({ ...base, sourceAddresses: 2, processes: 4, wrongSecret: { workersPerProcess: 20, startMs: 60_000, sourceIndex: 1 } });
    const healthyLanes = new Set(apart.lanes.filter((l) => l.source === 0 && !l.wrongSecret).map((l) => l.id));
    expect(apart.spans.filter((s) => healthyLanes.has(s.lane) && s.state === 'failing')).toEqual([]);
  });

  it('a Go-style client waits for a 401 from Zeebe before it refreshes', () => {
    const result = simulate({ processes: 1, workersPerProcess: 1, durationMs: 300_000, tokenLifetimeMs: 100_000, zeebeLatencyMs: 50, authLatencyMs: 200, strategy: { cache: 'process', refresh: { mode: 'on401' } } });
    const waits = result.spans.filter((s) => s.state === 'waiting' && s.start > 0);
    expect(waits.length).toBeGreaterThan(0);
    for (const w of waits) expect(w.end - w.start).toBeCloseTo(250, 6);
    const ahead = simulate({ ...result.scenario, strategy: { cache: 'process', refresh: { mode: 'ahead', marginMs: 5_000, jitterMs: 0 } } });
    expect(ahead.spans.filter((s) => s.state === 'waiting' && s.start > 0)).toEqual([]);
  });

  it('records at most the cap per list, says so, and still counts everything', () => {
    const scenario: ScenarioInput = { processes: 2, workersPerProcess: 4, durationMs: 600_000, strategy: { cache: 'none', onFailure: { mode: 'immediate' } } };
    const full = simulate(scenario);
    const capped = simulate(scenario, { maxRecordedEvents: 10 });
    expect(capped.truncated.lists).toContain('tokenRequests');
    expect(capped.tokenRequests).toHaveLength(10);
    expect(capped.summary).toEqual(full.summary);
    const stopped = simulate(scenario, { maxEvents: 50 });
    expect(stopped.truncated.stoppedAtMs).not.toBeNull();
    expect(stopped.events).toBe(50);
  });

  it('different seeds give different Poisson runs', () => {
    const scenario: ScenarioInput = { arrival: { kind: 'poisson' }, durationMs: 600_000 };
    expect(simulate(scenario, { seed: 1 }).summary.calls).not.toBe(simulate(scenario, { seed: 2 }).summary.calls);
  });
});
