// The curl snippet's run in the page, against the mock through msw/node: a token, then the topology.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthServer } from '../../src/lib/authServer/authServer';
import { createClusterApi } from '../../src/lib/clusterApi';
import { AUDIENCES, DEFAULT_TOKEN_URL, grpcAddressFor, restAddressFor, type Credentials } from '../../src/lib/credentials/model';
import { runCurlSnippet } from '../../src/lib/snippetRun/runCurlSnippet';
import { setupMockAuthServer } from '../../src/mocks/node';
import { CLIENT, fakeClock, testKeys } from './authServerHelpers';

const clock = fakeClock();
const authServer = createAuthServer({ clock: clock.now, keys: testKeys(), clients: [CLIENT], random: () => 0.5 });
const api = createClusterApi({ authServer, clock: clock.now });
const msw = setupMockAuthServer(authServer, {}, api);
beforeAll(() => msw.listen({ onUnhandledRequest: 'error' }));
afterAll(() => msw.close());

const credentials: Credentials = {
  clientId: CLIENT.clientId,
  clientSecret: CLIENT.clientSecret,
  clusterId: CLIENT.clusterId,
  region: CLIENT.region,
  audience: AUDIENCES.zeebe,
  authorizationServerUrl: DEFAULT_TOKEN_URL,
  scopes: ['Zeebe'],
  zeebeGrpcAddress: grpcAddressFor(CLIENT.clusterId, CLIENT.region),
  zeebeRestAddress: restAddressFor(CLIENT.clusterId, CLIENT.region),
};
const deps = { fetch: (url: string, init: RequestInit) => fetch(url, init), refuse: (url: string) => (authServer.isTokenUrl(url) || api.matches(url) ? null : 'elsewhere') };

describe('running the curl snippet in the page', () => {
  it.each(['form', 'json'] as const)('gets a token (%s body) and then the topology', async (format) => {
    const steps = await runCurlSnippet(credentials, format, deps);
    expect(steps.map((s) => s.status)).toEqual([200, 200]);
    expect(steps[1].output).toContain('"gatewayVersion"');
    expect(steps.map((s) => s.output).join('\n')).not.toContain(CLIENT.clientSecret);
  });

  it('stops after the token step when the secret is wrong, as the snippet does', async () => {
    const steps = await runCurlSnippet({ ...credentials, clientSecret: `${CLIENT.clientSecret}x` }, 'form', deps);
    expect(steps).toHaveLength(1);
    expect(steps[0]).toMatchObject({ status: 401, output: expect.stringMatching(/^No token in the answer: .*invalid_client/) });
  });

  it('sends nothing to an address the mock does not answer', async () => {
    const steps = await runCurlSnippet({ ...credentials, zeebeRestAddress: 'http://127.0.0.1:8089/bru-2/x' }, 'form', deps);
    expect(steps[1]).toMatchObject({ status: null, output: 'Not sent: elsewhere' });
  });
});
