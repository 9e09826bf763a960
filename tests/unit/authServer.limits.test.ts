import { describe, expect, it } from 'vitest';
import type { AuthServerEvent } from '../../src/lib/authServer/events';
import { bodyOf, CLIENT, fakeClock, GOOD_FIELDS, makeServer, tokenRequest } from './authServerHelpers';

const WRONG = { fields: { ...GOOD_FIELDS, client_secret: 'wrong-secret-0000000000' } };

describe('rate limit', () => {
  it('allows the burst, then blocks every token request from the source for the block time', async () => {
    const clock = fakeClock();
    const server = makeServer(clock.now); // defaults: burst 5, 1/s, 60 s block
    for (let i = 0; i < 5; i++) expect((await server.handleTokenRequest(tokenRequest())).status).toBe(200);
    const limited = await server.handleTokenRequest(tokenRequest());
    expect(limited.status).toBe(429);
    expect(limited.headers['Retry-After']).toBe('60');
    expect(bodyOf(limited)).toMatchObject({ error: 'too_many_requests', error_description: expect.stringMatching(/Cache tokens/) });
    clock.advance(59_500);
    const still = await server.handleTokenRequest(tokenRequest());
    expect(still.status).toBe(429);
    expect(still.headers['Retry-After']).toBe('1');
    clock.advance(500);
    expect((await server.handleTokenRequest(tokenRequest())).status).toBe(200);
  });

  it('counts failed requests too, across clients of one source, but not other sources', async () => {
    const clock = fakeClock();
    const server = makeServer(clock.now, { tarpit: { delayMs: 0 } });
    for (let i = 0; i < 5; i++) expect((await server.handleTokenRequest(tokenRequest(WRONG))).status).toBe(401);
    expect((await server.handleTokenRequest(tokenRequest({ fields: { grant_type: 'nope' } }))).status).toBe(429);
    expect((await server.handleTokenRequest(tokenRequest())).status).toBe(429);
    expect((await server.handleTokenRequest(tokenRequest({ source: 'other-office' }))).status).toBe(200);
  });

  it('sustains one request per second without blocking', async () => {
    const clock = fakeClock();
    const server = makeServer(clock.now);
    for (let i = 0; i < 20; i++) {
      expect((await server.handleTokenRequest(tokenRequest())).status).toBe(200);
      clock.advance(1000);
    }
  });

  it('uses a configurable block time', async () => {
    const clock = fakeClock();
    const server = makeServer(clock.now, { rateLimit: { burst: 1, blockMs: 3_000 } });
    await server.handleTokenRequest(tokenRequest());
    const limited = await server.handleTokenRequest(tokenRequest());
    expect(limited.headers['Retry-After']).toBe('3');
    server.configure({ rateLimit: { blockMs: 10_000 } }); // a new limit starts fresh
    await server.handleTokenRequest(tokenRequest());
    expect((await server.handleTokenRequest(tokenRequest())).headers['Retry-After']).toBe('10');
    server.configure({ rateLimit: { blockMs: 10_000 }, tokenLifetimeSeconds: 60 }); // same limit: state kept
    expect((await server.handleTokenRequest(tokenRequest())).status).toBe(429);
    server.reset();
    expect((await server.handleTokenRequest(tokenRequest())).status).toBe(200);
  });
});

describe('tarpit for repeated wrong secrets', () => {
  it('answers the second wrong secret for one client id after ~30 s (returned, not slept)', async () => {
    const clock = fakeClock();
    const server = makeServer(clock.now, { rateLimit: { burst: 100 } });
    expect((await server.handleTokenRequest(tokenRequest(WRONG))).delayMs).toBe(0);
    clock.advance(1000);
    const second = await server.handleTokenRequest(tokenRequest(WRONG));
    expect(second.status).toBe(401);
    expect(second.delayMs).toBe(30_000);
    // Another client id is not slowed by this one's failures.
    const otherId = await server.handleTokenRequest(tokenRequest({ fields: { ...WRONG.fields, client_id: 'someone-else-123' } }));
    expect(otherId.delayMs).toBe(0);
    // A success clears the record.
    expect((await server.handleTokenRequest(tokenRequest())).delayMs).toBe(0);
    expect((await server.handleTokenRequest(tokenRequest(WRONG))).delayMs).toBe(0);
  });

  it('forgets failures after the window and honours a configured delay', async () => {
    const clock = fakeClock();
    const server = makeServer(clock.now, { rateLimit: { burst: 100 }, tarpit: { delayMs: 2_000, windowMs: 60_000 } });
    await server.handleTokenRequest(tokenRequest(WRONG));
    clock.advance(60_001);
    expect((await server.handleTokenRequest(tokenRequest(WRONG))).delayMs).toBe(0);
    expect((await server.handleTokenRequest(tokenRequest(WRONG))).delayMs).toBe(2_000);
  });
});

describe('fault injection', () => {
  it('adds latency to every token answer', async () => {
    const server = makeServer(fakeClock().now, { rateLimit: { burst: 100 } });
    server.setFaults({ latencyMs: 750 });
    expect((await server.handleTokenRequest(tokenRequest())).delayMs).toBe(750);
    expect((await server.handleTokenRequest(tokenRequest(WRONG))).delayMs).toBe(750);
  });

  it('answers 500 server_error at the given rate, decided by the injected random', async () => {
    let next = 0.1;
    const server = makeServer(fakeClock().now, { random: () => next, rateLimit: { burst: 100 }, faults: { errorRate: 0.5 } });
    const failed = await server.handleTokenRequest(tokenRequest());
    expect(failed.status).toBe(500);
    expect(bodyOf(failed).error).toBe('server_error');
    next = 0.9;
    expect((await server.handleTokenRequest(tokenRequest())).status).toBe(200);
    server.setFaults({ errorRate: 0 });
    next = 0;
    expect((await server.handleTokenRequest(tokenRequest())).status).toBe(200);
  });

  it('answers 503 with Retry-After during maintenance, without counting against the limit', async () => {
    const clock = fakeClock();
    const server = makeServer(clock.now, { rateLimit: { burst: 1 } });
    server.setFaults({ maintenance: true, maintenanceRetryAfterSeconds: 30 });
    for (let i = 0; i < 3; i++) {
      const response = await server.handleTokenRequest(tokenRequest());
      expect(response.status).toBe(503);
      expect(response.headers['Retry-After']).toBe('30');
      expect(bodyOf(response).error).toBe('temporarily_unavailable');
    }
    server.setFaults({ maintenance: false });
    expect((await server.handleTokenRequest(tokenRequest())).status).toBe(200);
  });

  it('skews iat and exp of issued tokens, leaving expires_in alone', async () => {
    const clock = fakeClock(1_000_000_000);
    const server = makeServer(clock.now, { faults: { clockSkewSeconds: -3600 } });
    const body = bodyOf(await server.handleTokenRequest(tokenRequest()));
    const payload = JSON.parse(atob(String(body.access_token).split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) as { iat: number; exp: number };
    expect(payload.iat).toBe(1_000_000 - 3600);
    expect(payload.exp).toBe(1_000_000 - 3600 + 86400);
    expect(body.expires_in).toBe(86400);
  });
});

describe('event stream', () => {
  it('publishes every request with outcome, status, latency and limiter state', async () => {
    const clock = fakeClock(10_000);
    const server = makeServer(clock.now, { rateLimit: { burst: 2, blockMs: 5_000 } });
    const seen: AuthServerEvent[] = [];
    const unsubscribe = server.subscribe((event) => seen.push(event));
    server.subscribe(() => {
      throw new Error('a broken watcher');
    });
    await server.handleTokenRequest(tokenRequest());
    await server.handleTokenRequest(tokenRequest(WRONG));
    await server.handleTokenRequest(tokenRequest());
    await server.handleWellKnown('jwks', 'office');
    expect(seen.map((e) => [e.kind, e.outcome, e.status])).toEqual([
      ['token', 'issued', 200],
      ['token', 'invalid_client', 401],
      ['token', 'rate_limited', 429],
      ['jwks', 'served', 200],
    ]);
    expect(seen[0]).toEqual({ time: 10_000, kind: 'token', clientId: CLIENT.clientId, audience: 'zeebe.camunda.io', outcome: 'issued', status: 200, latencyMs: 0, source: 'office', limiter: { budget: 1, blockedUntil: null }, description: undefined });
    expect(seen[2].limiter).toEqual({ budget: 0, blockedUntil: 15_000 });
    expect(seen[2].clientId).toBe(CLIENT.clientId);
    expect(seen[1].description).toMatch(/Client authentication failed/);
    expect(JSON.stringify(seen)).not.toContain(CLIENT.clientSecret);
    unsubscribe();
    await server.handleTokenRequest(tokenRequest());
    expect(seen).toHaveLength(4);
  });

  it('reports every kind of refusal by name', async () => {
    const server = makeServer(fakeClock().now, { rateLimit: { burst: 100 } });
    const outcomes: string[] = [];
    server.subscribe((e) => outcomes.push(e.outcome));
    await server.handleTokenRequest(tokenRequest({ contentType: 'text/plain' }));
    await server.handleTokenRequest(tokenRequest({ fields: { ...GOOD_FIELDS, grant_type: 'password' } }));
    await server.handleTokenRequest(tokenRequest({ fields: { ...GOOD_FIELDS, audience: 'nope' } }));
    await server.handleTokenRequest(tokenRequest({ fields: { ...GOOD_FIELDS, scope: '"' } }));
    server.handleWrongMethod('PUT', 'x');
    expect(outcomes).toEqual(['invalid_request', 'unsupported_grant_type', 'access_denied', 'invalid_scope', 'method_not_allowed']);
  });
});
