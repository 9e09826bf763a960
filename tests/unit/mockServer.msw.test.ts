import { createRemoteJWKSet, jwtVerify } from 'jose';
import * as oauth from 'oauth4webapi';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAuthServer } from '../../src/lib/authServer/authServer';
import { SOURCE_HEADER } from '../../src/mocks/handlers';
import { setupMockAuthServer } from '../../src/mocks/node';
import { CLIENT, fakeClock, testKeys } from './authServerHelpers';

const clock = fakeClock(Date.UTC(2025, 2, 11, 7, 4, 17));
const waits: number[] = [];
const authServer = createAuthServer({ clock: clock.now, keys: testKeys(), clients: [CLIENT], random: () => 0.5, rateLimit: { burst: 1000 } });
const msw = setupMockAuthServer(authServer, { wait: async (ms) => void waits.push(ms) });

beforeAll(() => msw.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  authServer.reset();
  authServer.setFaults({ latencyMs: 0 });
  waits.length = 0;
});
afterAll(() => msw.close());

const ISSUER = new URL('https://weblogin.cloud.camunda.io/');

describe('a standard OAuth client (oauth4webapi) against the msw/node face', () => {
  it.each([
    ['ClientSecretPost', oauth.ClientSecretPost(CLIENT.clientSecret)],
    ['ClientSecretBasic', oauth.ClientSecretBasic(CLIENT.clientSecret)],
  ])('gets a token with %s that verifies against the JWKS', async (_name, clientAuth) => {
    const as = await oauth.processDiscoveryResponse(ISSUER, await oauth.discoveryRequest(ISSUER));
    expect(as.token_endpoint).toBe('https://login.cloud.camunda.io/oauth/token');
    const client = { client_id: CLIENT.clientId };
    const response = await oauth.clientCredentialsGrantRequest(as, client, clientAuth, new URLSearchParams({ audience: 'zeebe.camunda.io' }));
    const result = await oauth.processClientCredentialsResponse(as, client, response);
    expect(result).toMatchObject({ token_type: 'bearer', expires_in: 86400, scope: CLIENT.clusterId });
    const { payload, protectedHeader } = await jwtVerify(result.access_token, createRemoteJWKSet(new URL(as.jwks_uri!)), {
      issuer: as.issuer,
      audience: 'zeebe.camunda.io',
      currentDate: new Date(clock.now()),
    });
    expect(protectedHeader.alg).toBe('RS256');
    expect(payload.sub).toBe(`${CLIENT.clientId}@clients`);
  });

  it('surfaces a wrong secret as an RFC 6749 error the library understands', async () => {
    const as = await oauth.processDiscoveryResponse(ISSUER, await oauth.discoveryRequest(ISSUER));
    const client = { client_id: CLIENT.clientId };
    const response = await oauth.clientCredentialsGrantRequest(as, client, oauth.ClientSecretBasic('wrong-secret-wrong'), new URLSearchParams({ audience: 'zeebe.camunda.io' }));
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Basic realm=/);
    await expect(oauth.processClientCredentialsResponse(as, client, response)).rejects.toMatchObject({ code: 'OAUTH_WWW_AUTHENTICATE_CHALLENGE', status: 401 });
    const post = await oauth.clientCredentialsGrantRequest(as, client, oauth.ClientSecretPost('wrong-secret-wrong'), new URLSearchParams({ audience: 'zeebe.camunda.io' }));
    await expect(oauth.processClientCredentialsResponse(as, client, post)).rejects.toMatchObject({ error: 'invalid_client', status: 401 });
  });
});

describe('handler routing', () => {
  const form = new URLSearchParams({ grant_type: 'client_credentials', audience: 'zeebe.camunda.io', client_id: CLIENT.clientId, client_secret: CLIENT.clientSecret });

  it('answers the trailing-slash URL, a local URL and a registered exact URL', async () => {
    for (const url of ['https://login.cloud.camunda.io/oauth/token/', 'http://localhost:8089/oauth/token']) {
      expect((await fetch(url, { method: 'POST', body: form })).status).toBe(200);
    }
    const custom = 'https://idp.example.com/realms/camunda/protocol/openid-connect/token';
    const remove = authServer.registerTokenUrl(custom);
    const response = await fetch(custom, { method: 'POST', body: JSON.stringify(Object.fromEntries(form)), headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('pragma')).toBe('no-cache');
    remove();
    expect(authServer.isTokenUrl(custom)).toBe(false);
  });

  it('answers CORS preflights and puts CORS headers on answers', async () => {
    const preflight = await fetch('https://login.cloud.camunda.io/oauth/token', { method: 'OPTIONS', headers: { origin: 'http://localhost:3000', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    const answer = await fetch('https://login.cloud.camunda.io/oauth/token', { method: 'POST', body: 'grant_type=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(answer.headers.get('access-control-expose-headers')).toMatch(/Retry-After/);
  });

  it('refuses other methods with 405', async () => {
    const response = await fetch('https://login.cloud.camunda.io/oauth/token', { method: 'GET' });
    expect(response.status).toBe(405);
    expect(await response.json()).toMatchObject({ error: 'invalid_request' });
  });

  it('applies the returned delay through the injected wait (tarpit, latency)', async () => {
    const wrong = new URLSearchParams({ ...Object.fromEntries(form), client_secret: 'wrong-secret-0000000' });
    await fetch('https://login.cloud.camunda.io/oauth/token', { method: 'POST', body: wrong });
    expect((await fetch('https://login.cloud.camunda.io/oauth/token', { method: 'POST', body: wrong })).status).toBe(401);
    expect(waits).toEqual([30_000]);
    authServer.setFaults({ latencyMs: 250 });
    await fetch('https://login.cloud.camunda.io/oauth/token', { method: 'POST', body: form });
    expect(waits).toEqual([30_000, 250]);
  });

  it('limits per source given by the source header', async () => {
    authServer.configure({ rateLimit: { burst: 1, blockMs: 60_000 } });
    try {
      const send = (office: string) => fetch('https://login.cloud.camunda.io/oauth/token', { method: 'POST', body: form, headers: { [SOURCE_HEADER]: office } });
      expect((await send('a')).status).toBe(200);
      const limited = await send('a');
      expect(limited.status).toBe(429);
      expect(limited.headers.get('retry-after')).toBe('60');
      expect((await send('b')).status).toBe(200);
    } finally {
      authServer.configure({ rateLimit: { burst: 1000 } });
    }
  });
});
