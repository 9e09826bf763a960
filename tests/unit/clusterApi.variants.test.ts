// The playground's failure cases, built from a real mock token and sent through msw/node: each
// gets the status and explanation it promises, and the request text never shows the token.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthServer } from '../../src/lib/authServer/authServer';
import { CallSetupError, createClusterApi, explainApiResponse, FAILURE_VARIANTS, formatApiRequest, prepareCall, type CallVariant } from '../../src/lib/clusterApi';
import { setupMockAuthServer } from '../../src/mocks/node';
import { CLIENT, fakeClock, testKeys } from './authServerHelpers';

const clock = fakeClock(Date.UTC(2025, 2, 11, 7, 4, 17));
const authServer = createAuthServer({ clock: clock.now, keys: testKeys(), clients: [CLIENT], random: () => 0.5 });
const msw = setupMockAuthServer(authServer, {}, createClusterApi({ authServer, clock: clock.now }));
const REST = `https://${CLIENT.region}.zeebe.camunda.io/${CLIENT.clusterId}`;
let token = '';

beforeAll(async () => {
  msw.listen({ onUnhandledRequest: 'error' });
  const response = await fetch('https://login.cloud.camunda.io/oauth/token', {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'client_credentials', audience: 'zeebe.camunda.io', client_id: CLIENT.clientId, client_secret: CLIENT.clientSecret }),
  });
  token = ((await response.json()) as { access_token: string }).access_token;
});
afterAll(() => msw.close());

async function send(variant: CallVariant) {
  const call = await prepareCall({ variant, endpoint: 'topology', token, restAddress: REST, now: clock.now(), sign: (c) => authServer.signClaims(c) });
  if (call.withoutAuthorization) authServer.configure({ allowProcessInstanceCreation: false });
  try {
    const response = await fetch(call.url, { method: call.method, headers: call.headers, body: call.body || undefined });
    const body = await response.text();
    return { call, response, body, explanation: explainApiResponse({ status: response.status, headers: response.headers, body }) };
  } finally {
    authServer.configure({ allowProcessInstanceCreation: true });
  }
}

describe('calls from the playground', () => {
  it('the token as it is gets 200 and a topology summary', async () => {
    const { response, explanation } = await send('as-is');
    expect(response.status).toBe(200);
    expect(explanation).toMatchObject({ tone: 'success', explanation: expect.stringMatching(/3 brokers and 3 partitions/) });
  });

  const expected: Record<string, RegExp> = {
    'no-token': /No access token/,
    expired: /expired 3600 s ago/,
    'other-audience': /audience is "tasklist\.camunda\.io"/,
    tampered: /signature does not match/,
    'other-cluster': /issued for cluster 00000000-/,
    'no-authorization': /Insufficient permissions/,
  };
  it.each(FAILURE_VARIANTS.map((v) => [v.id, v.expectedStatus] as const))('%s gets %i with the matching explanation', async (variant, status) => {
    const { response, explanation } = await send(variant);
    expect(response.status).toBe(status);
    expect(explanation.explanation).toMatch(expected[variant]);
    expect(explanation.headline).toMatch(status === 401 ? /^401 Unauthorized/ : /^403 Forbidden/);
  });

  it('masks the token in the request text unless revealed', async () => {
    const call = await prepareCall({ variant: 'as-is', endpoint: 'me', token, restAddress: REST, now: clock.now(), sign: (c) => authServer.signClaims(c) });
    expect(formatApiRequest(call, false)).toMatch(new RegExp(`^GET /${CLIENT.clusterId}/v2/authentication/me HTTP/1.1\\nHost: syd-1\\.zeebe\\.camunda\\.io\\n`));
    expect(formatApiRequest(call, false)).not.toContain(token);
    expect(formatApiRequest(call, true)).toContain(token);
  });

  it('says what to do when there is no token to start from', async () => {
    await expect(prepareCall({ variant: 'expired', endpoint: 'topology', token: null, restAddress: REST, now: 0, sign: async () => '' })).rejects.toThrow(CallSetupError);
    await expect(prepareCall({ variant: 'expired', endpoint: 'topology', token: 'abc', restAddress: REST, now: 0, sign: async () => '' })).rejects.toThrow(/not hold one/);
  });
});
