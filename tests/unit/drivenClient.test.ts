// The playground's driven client against the mock (msw/node) with a fake clock: what each cache
// strategy does when tokens live 10 s and the cluster allows no clock skew.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAuthServer } from '../../src/lib/authServer/authServer';
import { createClusterApi } from '../../src/lib/clusterApi';
import { createDrivenClient, type CacheStrategy } from '../../src/lib/tokenClient/drivenClient';
import { TokenCache } from '../../src/lib/tokenClient/tokenCache';
import { setupMockAuthServer } from '../../src/mocks/node';
import { CLIENT, fakeClock, testKeys } from './authServerHelpers';

const clock = fakeClock(Date.UTC(2025, 2, 11, 7, 4, 17));
const authServer = createAuthServer({ clock: clock.now, keys: testKeys(), clients: [CLIENT], random: () => 0.5 });
const msw = setupMockAuthServer(authServer, {}, createClusterApi({ authServer, clock: clock.now }));
const REST = `https://${CLIENT.region}.zeebe.camunda.io/${CLIENT.clusterId}`;

beforeAll(() => msw.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  authServer.reset();
  authServer.configure({ tokenLifetimeSeconds: 10, apiClockSkewSeconds: 0 });
});
afterAll(() => msw.close());

function client(strategy: CacheStrategy) {
  return createDrivenClient({ strategy, marginMs: 3000, jitterMs: 1000, random: () => 0.5 }, {
    clock: clock.now,
    async fetchToken() {
      const r = await fetch('https://login.cloud.camunda.io/oauth/token', { method: 'POST', body: new URLSearchParams({ grant_type: 'client_credentials', audience: 'zeebe.camunda.io', client_id: CLIENT.clientId, client_secret: CLIENT.clientSecret }) });
      const body = (await r.json()) as { access_token?: string; expires_in?: number };
      return { status: r.status, token: body.access_token, expiresIn: body.expires_in };
    },
    callApi: async (token) => ({ status: (await fetch(`${REST}/v2/topology`, { headers: { Authorization: `Bearer ${token}` } })).status }),
  });
}

/** Call every 2 s for 30 s; collect all steps. */
async function drive(strategy: CacheStrategy) {
  const c = client(strategy);
  const steps = [];
  for (let t = 0; t <= 30_000; t += 2000) {
    steps.push(...(await c.call())!.steps);
    clock.advance(2000);
  }
  return { steps, tokens: steps.filter((s) => s.kind === 'token').length, calls: steps.filter((s) => s.kind === 'call').map((s) => s.status) };
}

describe('the driven client', () => {
  it('refresh ahead: refreshes before expiry and never gets a 401', async () => {
    const { steps, tokens, calls } = await drive('refresh-ahead');
    expect(calls).not.toContain(401);
    expect(tokens).toBeGreaterThan(1);
    expect(steps.filter((s) => s.kind === 'token').slice(1).every((s) => s.kind === 'token' && s.reason === 'refresh')).toBe(true);
  });

  it('refresh on 401: uses the token past expiry, gets a 401, then a new token and a 200', async () => {
    const { steps, calls } = await drive('refresh-on-401');
    expect(calls).toContain(401);
    const after = steps.findIndex((s) => s.kind === 'call' && s.status === 401);
    expect(steps[after + 1]).toMatchObject({ kind: 'token', reason: 'after-401', status: 200 });
    expect(steps[after + 2]).toMatchObject({ kind: 'call', status: 200, retry: true });
  });

  it('no cache: one token request per call', async () => {
    const { tokens, calls } = await drive('none');
    expect(tokens).toBe(16);
    expect(calls.every((s) => s === 200)).toBe(true);
  });

  it('refresh-ahead times: margin plus jitter before expiry, never before half the lifetime', () => {
    const cache = new TokenCache({ strategy: 'refresh-ahead', marginMs: 3000, jitterMs: 1000, random: () => 0.5 });
    expect(cache.store('t', 10, 0).refreshAt).toBe(6500);
    cache.configure({ marginMs: 60_000 });
    expect(cache.peek()!.refreshAt).toBe(5000);
  });
});
