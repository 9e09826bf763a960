import { describe, expect, it } from 'vitest';
import type { AuthServerEvent } from '../../src/lib/authServer/events';
import { aggregateTimeline } from '../../src/lib/simulator';
import { DEFAULT_RATE_LIMIT } from '../../src/lib/authServer/rateLimiter';
import type { ApiEvent } from '../../src/lib/clusterApi/apiEvents';
import { MAX_LIVE_LANES, addApiEvent, addMockEvent, createLiveLog, laneLabelFor, liveResult, mapMockOutcome } from '../../src/lib/simulatorView/liveTimeline';
import { fakeClock, makeServer, tokenRequest } from './authServerHelpers';

const LIMIT = { ratePerSecond: 1, burst: 5, blockMs: 60_000 };
const DAY = 86_400_000;

function event(time: number, outcome: AuthServerEvent['outcome'], limiter: AuthServerEvent['limiter'], extra: Partial<AuthServerEvent> = {}): AuthServerEvent {
  return { time, kind: 'token', clientId: 'client-aaaaaaaaaaaaaaaaaaaaaaaaaaaa', audience: 'zeebe.camunda.io', outcome, status: 200, latencyMs: 0, source: 'browser', limiter, ...extra };
}

describe('mapping mock events to the timeline', () => {
  it('maps the mock\'s outcomes onto the four the timeline draws', () => {
    expect(mapMockOutcome('issued')).toBe('issued');
    expect(mapMockOutcome('rate_limited')).toBe('rate_limited');
    expect(mapMockOutcome('maintenance')).toBe('server_error');
    expect(mapMockOutcome('access_denied')).toBe('invalid_client');
    expect(mapMockOutcome('invalid_client')).toBe('invalid_client');
    expect(mapMockOutcome('method_not_allowed')).toBeNull();
    expect(mapMockOutcome('served')).toBeNull();
  });

  it('ignores everything that is not a token decision, returning the same log', () => {
    const log = createLiveLog(1000);
    expect(addMockEvent(log, { ...event(2000, 'served', { budget: 5, blockedUntil: null }), kind: 'jwks' }, DAY)).toBe(log);
    expect(addMockEvent(log, event(2000, 'method_not_allowed', { budget: 5, blockedUntil: null }), DAY)).toBe(log);
  });

  it('records requests, one block per block period, budget samples and token validity, relative to the origin', () => {
    let log = createLiveLog(10_000);
    const before = log;
    for (let i = 0; i < 5; i++) log = addMockEvent(log, event(11_000 + i * 100, 'issued', { budget: 4 - i, blockedUntil: null }), DAY);
    log = addMockEvent(log, event(11_500, 'rate_limited', { budget: 0, blockedUntil: 71_500 }, { status: 429 }), DAY);
    log = addMockEvent(log, event(11_600, 'rate_limited', { budget: 0, blockedUntil: 71_500 }, { status: 429 }), DAY);
    expect(before.requests).toEqual([]);
    expect(log.requests.map((r) => r.t)).toEqual([1000, 1100, 1200, 1300, 1400, 1500, 1600]);
    expect(log.blocks).toEqual([{ source: 0, start: 1500, end: 61_500 }]);
    // No sample inside the block: the refill is interpolated from its start.
    expect(log.budget.map((b) => [b.t, b.budget])).toEqual([[1000, 4], [1100, 3], [1200, 2], [1300, 1], [1400, 0], [1500, 0]]);
    expect(log.tokens).toHaveLength(5);
    expect(log.tokens[0]).toMatchObject({ issuedAt: 1000, expiresAt: 1000 + DAY, lanes: ['client:client-aaaaaaaaaaaaaaaaaaaaaaaaaaaa'] });
    expect(log.counts).toEqual({ requests: 7, issued: 5, rateLimited: 2, refused: 0, serverErrors: 0, calls: 0, failedCalls: 0 });

    const result = liveResult(log, 40_000, LIMIT, DAY);
    expect(result.durationMs).toBe(30_000);
    expect(result.summary.rateLimited).toBe(2);
    expect(result.summary.timeBlockedMs).toBe(28_500);
    const timeline = aggregateTimeline(result, { columns: 30 });
    expect(timeline.requests.rate_limited[1]).toBe(2);
    expect(timeline.sources[0].blocked[10]).toBe(1);
    expect(timeline.sources[0].budgetMin[10]).toBe(0);
    expect(timeline.sources[0].budgetMin[0]).toBe(5);
    expect(timeline.sources[0].budgetMin[1]).toBe(0);
  });

  it('gives each client a lane, up to a limit, then groups the rest', () => {
    let log = createLiveLog(0);
    for (let i = 0; i < MAX_LIVE_LANES + 3; i++) log = addMockEvent(log, event(i, 'invalid_client', { budget: 5, blockedUntil: null }, { clientId: `c${i}` }), DAY);
    expect(log.lanes).toHaveLength(MAX_LIVE_LANES);
    expect(log.lanes.at(-1)!.label).toBe('Other clients');
    expect(new Set(log.requests.map((r) => r.unit)).size).toBe(MAX_LIVE_LANES);
    expect(laneLabelFor('abcdefghijklmnopqrstuvwxyz')).toBe('Client abcdefghijkl…');
    expect(laneLabelFor(null)).toBe('Unreadable request');
  });

  it('follows a real mock server: hammering it shows 429s and a block', async () => {
    const clock = fakeClock();
    const server = makeServer(clock.now);
    server.configure({ acceptAny: true });
    let log = createLiveLog(clock.now());
    server.subscribe((e) => {
      log = addMockEvent(log, e, server.getSettings().tokenLifetimeSeconds * 1000);
    });
    const fields = { grant_type: 'client_credentials', audience: 'zeebe.camunda.io', client_id: 'a'.repeat(32), client_secret: 'b'.repeat(64) };
    for (let i = 0; i < 8; i++) {
      clock.advance(100);
      await server.handleTokenRequest(tokenRequest({ fields, source: 'browser' }));
    }
    expect(log.counts.issued).toBe(5);
    expect(log.counts.rateLimited).toBe(3);
    expect(log.blocks).toHaveLength(1);
    expect(log.blocks[0].end - log.blocks[0].start).toBe(60_000);
  });
});

describe('the live result', () => {
  it('spans at least the minimum window but counts blocked time only up to now', () => {
    let log = createLiveLog(0);
    log = addMockEvent(log, event(1000, 'rate_limited', { budget: 0, blockedUntil: 61_000 }), DAY);
    const r = liveResult(log, 11_000, LIMIT, DAY, 120_000);
    expect(r.durationMs).toBe(120_000);
    expect(r.summary.timeBlockedMs).toBe(10_000);
    expect(liveResult(log, 500_000, LIMIT, DAY, 120_000).durationMs).toBe(500_000);
  });
});

describe('API calls on the live timeline', () => {
  const tokenEvent = (clientId: string): AuthServerEvent => ({ time: 1_000, kind: 'token', clientId, audience: 'zeebe.camunda.io', outcome: 'issued', status: 200, latencyMs: 0, source: 'browser', limiter: { budget: 4, blockedUntil: null } });
  const apiEvent = (clientId: string | null, status: number): ApiEvent => ({ time: 2_000, method: 'GET', path: '/v2/topology', clusterId: 'c', clientId, status, outcome: status === 200 ? 'ok' : 'expired', source: 'browser' });

  it('draws a call as a short span on its client lane, served or failing, and counts it', () => {
    let log = addMockEvent(createLiveLog(0), tokenEvent('client-a'), 60_000);
    log = addApiEvent(log, apiEvent('client-a', 200));
    log = addApiEvent(log, apiEvent('client-a', 401));
    expect(log.spans.map((s) => [s.lane, s.start, s.state])).toEqual([['client:client-a', 2_000, 'served'], ['client:client-a', 2_000, 'failing']]);
    expect(liveResult(log, 5_000, DEFAULT_RATE_LIMIT, 60_000).summary).toMatchObject({ calls: 2, servedCalls: 1, failedCalls: 1 });
  });

  it('counts a call whose client has no lane without drawing it', () => {
    const log = addApiEvent(createLiveLog(0), apiEvent(null, 401));
    expect(log.spans).toEqual([]);
    expect(log.counts).toMatchObject({ calls: 1, failedCalls: 1 });
  });
});
