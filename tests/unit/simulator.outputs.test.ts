import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateTimeline } from '../../src/lib/simulator/aggregate';
import { countSentBefore, scheduleBlockedAttempts } from '../../src/lib/simulator/blockedAttempts';
import { EventQueue } from '../../src/lib/simulator/eventQueue';
import { PRESETS } from '../../src/lib/simulator/presets';
import { createRng } from '../../src/lib/simulator/random';
import { checkScenario } from '../../src/lib/simulator/scenario';
import { simulate } from '../../src/lib/simulator/simulate';
import { CLIENT_STRATEGIES } from '../../src/lib/simulator/strategies';
import { LatencyMixture } from '../../src/lib/simulator/summary';

describe('presets', () => {
  const run = (id: string) => {
    const preset = PRESETS.find((p) => p.id === id)!;
    return simulate(preset.scenario, { seed: preset.seed });
  };

  it('are valid, titled and told', () => {
    expect(PRESETS.length).toBeGreaterThanOrEqual(5);
    for (const p of PRESETS) {
      expect(checkScenario(p.scenario).ok, p.id).toBe(true);
      expect(p.title.length).toBeGreaterThan(10);
      expect(p.story.length).toBeGreaterThan(100);
    }
  });

  it('many workers with their own token trip the limit', () => {
    const r = run('workers-each-fetch');
    expect(r.summary.rateLimited).toBeGreaterThan(100);
    expect(r.summary.tokensIssued).toBe(100);
  });

  it('immediate retry keeps the address blocked for the whole run', () => {
    const r = run('immediate-retry-forever');
    expect(r.summary.timeBlockedMs).toBeGreaterThan(0.95 * r.durationMs);
    expect(r.summary.failedCalls).toBeGreaterThan(0.5 * r.summary.calls);
  });

  it('a wrong secret blocks the healthy services after their deploy', () => {
    const r = run('wrong-secret');
    expect(r.summary.invalidClient).toBeGreaterThan(0);
    const healthy = new Set(r.lanes.filter((l) => !l.wrongSecret).map((l) => l.id));
    const failingAfterDeploy = r.spans.filter((s) => healthy.has(s.lane) && s.state === 'failing' && s.start >= 900_000);
    expect(failingAfterDeploy.length).toBeGreaterThan(0);
    expect(r.spans.filter((s) => healthy.has(s.lane) && s.state === 'failing' && s.end <= 900_000)).toEqual([]);
  });

  it('two tools overwrite each other\'s entry in one file', () => {
    const r = run('contested-cache-file');
    expect(r.tokens.filter((t) => t.discardReason === 'overwritten').length).toBeGreaterThan(10);
    expect(r.summary.blocks).toBeGreaterThan(0);
  });

  it('a memory-only fleet restarting at once is blocked; the correct shared cache never is', () => {
    expect(run('restart-together').summary.rateLimited).toBeGreaterThan(0);
    const good = run('correct-shared-cache');
    expect(good.summary.rateLimited).toBe(0);
    expect(good.summary.tokenRequests).toBeLessThanOrEqual(3);
    expect(good.summary.calls).toBeGreaterThan(860_000_000);
  });

  it('models every official client with a valid strategy', () => {
    for (const c of CLIENT_STRATEGIES) expect(checkScenario({ strategy: c.strategy }).ok, c.id).toBe(true);
    expect(CLIENT_STRATEGIES.map((c) => c.id)).toEqual(expect.arrayContaining(['java', 'spring', 'node', 'go', 'pyzeebe', 'csharp']));
  });
});

describe('timeline aggregation', () => {
  const result = simulate({ processes: 2, workersPerProcess: 3, durationMs: 600_000, strategy: { cache: 'worker', onFailure: { mode: 'immediate' } }, rateLimit: { burst: 2 } });

  it('keeps every request and accounts for all worker-time', () => {
    const t = aggregateTimeline(result, { columns: 97 });
    const total = Object.values(t.requests).flat().reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(result.summary.tokenRequests, 6);
    for (const lane of t.lanes) {
      for (let c = 0; c < t.columns; c++) {
        const share = lane.served[c] + lane.waiting[c] + lane.failing[c];
        expect(share).toBeCloseTo(1, 6);
      }
    }
    const calls = t.lanes.flatMap((l) => l.calls).reduce((a, b) => a + b, 0);
    expect(calls).toBeCloseTo(result.summary.calls, 4);
  });

  it('shows the blocks and an empty budget while blocked', () => {
    const t = aggregateTimeline(result, { columns: 600 });
    const blocked = t.sources[0].blocked.reduce((a, b) => a + b, 0) * t.columnMs;
    expect(blocked).toBeCloseTo(result.summary.timeBlockedMs, 3);
    t.sources[0].blocked.forEach((share, c) => {
      if (share > 0) expect(t.sources[0].budgetMin[c]).toBe(0);
      expect(t.sources[0].budgetMin[c]).toBeLessThanOrEqual(2);
    });
  });

  it('zooms into a window and rejects nonsense', () => {
    const t = aggregateTimeline(result, { columns: 10, from: 0, to: 120_000 });
    expect(t.columnMs).toBe(12_000);
    expect(() => aggregateTimeline(result, { columns: 0 })).toThrow(/columns/);
    expect(() => aggregateTimeline(result, { columns: 5, from: 10, to: 10 })).toThrow(/after/);
  });
});

describe('building blocks', () => {
  it('the event queue pops in time order, ties in insertion order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 })), (times) => {
        const q = new EventQueue<{ t: number; i: number }>();
        times.forEach((t, i) => q.push({ t, i }));
        const out: { t: number; i: number }[] = [];
        for (let e = q.pop(); e; e = q.pop()) out.push(e);
        const expected = times.map((t, i) => ({ t, i })).sort((a, b) => a.t - b.t || a.i - b.i);
        expect(out).toEqual(expected);
      }),
    );
  });

  it('the seeded generator repeats itself and draws sensible Poisson counts', () => {
    const a = createRng(42);
    const b = createRng(42);
    const xs = Array.from({ length: 100 }, () => a.next());
    expect(xs).toEqual(Array.from({ length: 100 }, () => b.next()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(createRng(43).next()).not.toBe(xs[0]);
    for (const mean of [3, 200]) {
      const rng = createRng(7);
      const draws = Array.from({ length: 4_000 }, () => rng.poisson(mean));
      const avg = draws.reduce((s, x) => s + x, 0) / draws.length;
      expect(Math.abs(avg - mean)).toBeLessThan(0.1 * mean);
    }
  });

  it('latency percentiles come from the mixture of waits', () => {
    const m = new LatencyMixture();
    m.add(0, 0, 90);
    m.add(0, 1_000, 10);
    expect(m.quantile(0.5)).toBe(0);
    expect(m.quantile(0.95)).toBeCloseTo(500, 1);
    expect(m.quantile(0.99)).toBeCloseTo(900, 1);
    expect(new LatencyMixture().quantile(0.5)).toBe(0);
  });
});

describe('retry loops through a block', () => {
  it('counts a retry-at-once loop as one attempt per round trip, all before the block ends', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.double({ min: 1, max: 120_000, noNaN: true }), fc.double({ min: 1, max: 5_000, noNaN: true }), (t, length, latency) => {
        const until = t + length;
        const a = scheduleBlockedAttempts({ mode: 'immediate' }, t, until, latency, 0, createRng(1));
        expect(a.lastAt).toBeLessThan(until);
        expect(a.nextAt).toBeGreaterThanOrEqual(until);
        expect(a.count).toBe(Math.round((a.lastAt - t) / latency) + 1);
        expect(a.nextAt - a.lastAt).toBeCloseTo(latency, 6);
      }),
    );
  });

  it('steps a backoff loop with growing gaps and honours Retry-After in one step', () => {
    const backoff = scheduleBlockedAttempts({ mode: 'backoff', baseMs: 1_000, maxMs: 60_000, jitter: 0 }, 0, 60_000, 100, 0, createRng(1));
    expect(backoff.times).toEqual([0, 1_100, 3_200, 7_300, 15_400, 31_500]);
    expect(backoff.nextAt).toBe(63_600);
    const honour = scheduleBlockedAttempts({ mode: 'retryAfter', jitterMs: 0, baseMs: 1_000, maxMs: 60_000 }, 5_000, 60_000, 100, 0, createRng(1));
    expect(honour.count).toBe(1);
    expect(honour.nextAt).toBe(60_100);
  });

  it('keeps only the attempts sent before a loop was stopped', () => {
    const a = scheduleBlockedAttempts({ mode: 'immediate' }, 0, 10_000, 100, 0, createRng(1));
    expect(a.count).toBe(100);
    expect(countSentBefore(a, 0)).toBe(1);
    expect(countSentBefore(a, 250)).toBe(3);
    expect(countSentBefore(a, 20_000)).toBe(100);
  });
});
