// The mock Orchestration Cluster API: bearer checks, problem details and the endpoints, driven
// through msw/node with fetch as a client would.
import { SignJWT } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAuthServer } from '../../src/lib/authServer/authServer';
import { createClusterApi, CLOCK_SKEW_SECONDS, matchClusterUrl } from '../../src/lib/clusterApi';
import { setupMockAuthServer } from '../../src/mocks/node';
import { CLIENT, fakeClock, testKeys } from './authServerHelpers';

const clock = fakeClock(Date.UTC(2025, 2, 11, 7, 4, 17));
const OTHER_CLUSTER = { ...CLIENT, clientId: 'other-client-id-0123456789', clusterId: '11111111-2222-4333-8444-555555555555' };
const authServer = createAuthServer({ clock: clock.now, keys: testKeys(), clients: [CLIENT, OTHER_CLUSTER], random: () => 0.5, rateLimit: { burst: 1000 } });
const clusterApi = createClusterApi({ authServer, clock: clock.now });
const msw = setupMockAuthServer(authServer, {}, clusterApi);
const REST = `https://${CLIENT.region}.zeebe.camunda.io/${CLIENT.clusterId}`;

beforeAll(() => msw.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  authServer.configure({ allowProcessInstanceCreation: true, tokenLifetimeSeconds: 86_400 });
  clock.set(Date.UTC(2025, 2, 11, 7, 4, 17));
});
afterAll(() => msw.close());

async function token(client = CLIENT, audience = 'zeebe.camunda.io'): Promise<string> {
  const response = await fetch('https://login.cloud.camunda.io/oauth/token', {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'client_credentials', audience, client_id: client.clientId, client_secret: client.clientSecret }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { access_token: string }).access_token;
}

const call = (path: string, bearer: string | null, init: RequestInit = {}) =>
  fetch(`${REST}${path}`, { ...init, headers: { ...(bearer === null ? {} : { Authorization: `Bearer ${bearer}` }), ...(init.headers as Record<string, string>) } });

async function problem(response: Response) {
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  return (await response.json()) as { type: string; title: string; status: number; detail: string; instance: string };
}

describe('the mock cluster API accepts a good token', () => {
  it('answers GET /v2/topology with the 8.8 fields', async () => {
    const response = await call('/v2/topology', await token());
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['brokers', 'clusterSize', 'gatewayVersion', 'lastCompletedChangeId', 'partitionsCount', 'replicationFactor']);
    expect((body.brokers as Array<Record<string, unknown>>)[0]).toMatchObject({ nodeId: 0, port: 26501, partitions: expect.any(Array), version: expect.any(String) });
  });

  it('tells who the token names on GET /v2/authentication/me', async () => {
    const response = await call('/v2/authentication/me', await token());
    expect(await response.json()).toMatchObject({ username: CLIENT.clientId });
  });

  it('accepts the legacy cluster audience and a trailing slash', async () => {
    const legacy = await token(CLIENT, `${CLIENT.clusterId}.${CLIENT.region}.zeebe.camunda.io`);
    expect((await call('/v2/topology/', legacy)).status).toBe(200);
  });

  it('creates a process instance, and answers 403 when the authorization switch is off', async () => {
    const bearer = await token();
    const init = { method: 'POST', body: JSON.stringify({ processDefinitionId: 'order-process' }), headers: { 'Content-Type': 'application/json' } };
    const ok = await call('/v2/process-instances', bearer, init);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ processDefinitionId: 'order-process', processInstanceKey: expect.stringMatching(/^\d+$/) });
    authServer.configure({ allowProcessInstanceCreation: false });
    const refused = await call('/v2/process-instances', bearer, init);
    expect(refused.status).toBe(403);
    expect(refused.headers.get('www-authenticate')).toBeNull();
    const body = await problem(refused);
    expect(body).toMatchObject({ title: 'FORBIDDEN', status: 403, instance: '/v2/process-instances' });
    expect(body.detail).toMatch(/CREATE_PROCESS_INSTANCE.*grant this client/);
  });
});

describe('the mock cluster API refuses bad tokens with 401 problems', () => {
  async function expect401(response: Response, code: RegExp) {
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer realm="[^"]+", error="invalid_token", error_description="[^"]+"$/);
    const body = await problem(response);
    expect(body.detail).toMatch(code);
    return body;
  }

  it('without a token: a challenge with no error code (RFC 6750 §3.1)', async () => {
    const response = await call('/v2/topology', null);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer realm="[^"]+"$/);
    expect((await problem(response)).detail).toMatch(/Authorization: Bearer/);
  });

  it('an expired token, past the clock-skew allowance only', async () => {
    authServer.configure({ tokenLifetimeSeconds: 60 });
    const bearer = await token();
    clock.advance((60 + CLOCK_SKEW_SECONDS - 1) * 1000);
    expect((await call('/v2/topology', bearer)).status).toBe(200);
    clock.advance(2000);
    await expect401(await call('/v2/topology', bearer), /expired .*Request a new token/);
  });

  it('a token from the future (iat past the allowance)', async () => {
    const bearer = await token();
    clock.advance(-(CLOCK_SKEW_SECONDS + 5) * 1000);
    await expect401(await call('/v2/topology', bearer), /issued in the future|not valid yet/);
  });

  it('a tampered signature', async () => {
    const [h, p, s] = (await token()).split('.');
    const flipped = `${s.slice(0, 10)}${s[10] === 'A' ? 'B' : 'A'}${s.slice(11)}`;
    await expect401(await call('/v2/topology', `${h}.${p}.${flipped}`), /signature/);
  });

  it('a token for another audience', async () => {
    await expect401(await call('/v2/topology', await signed({ aud: 'tasklist.camunda.io' })), /audience is "tasklist.camunda.io".*zeebe\.camunda\.io/);
  });

  it('a token for another cluster', async () => {
    await expect401(await call('/v2/topology', await token(OTHER_CLUSTER)), new RegExp(`issued for cluster ${OTHER_CLUSTER.clusterId}`));
  });

  it('a token signed by another key or not a JWT at all', async () => {
    await expect401(await call('/v2/topology', 'not-a-jwt'), /not a signed JWT/);
    await expect401(await call('/v2/topology', null, { headers: { Authorization: 'Basic abc' } }), /must be "Bearer <access_token>"/);
  });
});

describe('routes', () => {
  it('knows SaaS and local REST addresses', () => {
    expect(matchClusterUrl(`${REST}/v2/topology`)).toEqual({ clusterId: CLIENT.clusterId, region: 'syd-1', apiPath: '/v2/topology' });
    expect(matchClusterUrl(`http://127.0.0.1:8089/syd-1/${CLIENT.clusterId}/v2/topology`)).toBeNull();
    expect(matchClusterUrl(`http://127.0.0.1:8089/syd-1/${CLIENT.clusterId}/v2/topology`, true)?.clusterId).toBe(CLIENT.clusterId);
  });

  it('answers 404 and 405 as problems', async () => {
    const bearer = await token();
    expect((await call('/v2/nothing', bearer)).status).toBe(404);
    expect((await call('/v2/topology', bearer, { method: 'DELETE' })).status).toBe(405);
  });
});

/** A token signed with the mock's own key but with chosen claims (audience variants). */
async function signed(claims: Record<string, unknown>): Promise<string> {
  const keys = await testKeys();
  const now = Math.floor(clock.now() / 1000);
  return new SignJWT({ 'https://camunda.com/clusterId': CLIENT.clusterId, iss: authServer.getSettings().issuer, iat: now, exp: now + 600, ...claims })
    .setProtectedHeader({ alg: 'RS256', kid: keys.kid })
    .sign(keys.privateKey);
}
