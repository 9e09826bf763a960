import { createLocalJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify } from 'jose';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuthServerConfigError } from '../../src/lib/authServer/errors';
import { bodyOf, CLIENT, fakeClock, GOOD_FIELDS, makeServer, tokenRequest } from './authServerHelpers';

afterEach(() => vi.restoreAllMocks());

describe('token issuing', () => {
  it('issues an RS256 JWT with Camunda-shaped claims that verifies against the JWKS', async () => {
    const clock = fakeClock();
    const server = makeServer(clock.now);
    const response = await server.handleTokenRequest(tokenRequest());
    expect(response.status).toBe(200);
    expect(response.headers).toMatchObject({ 'Cache-Control': 'no-store', Pragma: 'no-cache', 'Access-Control-Allow-Origin': '*' });
    expect(response.delayMs).toBe(0);
    const body = bodyOf(response);
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 86400, scope: CLIENT.clusterId });
    const token = String(body.access_token);
    const jwks = await server.getJwks();
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'RS256', typ: 'JWT', kid: jwks.keys[0].kid });
    const { payload } = await jwtVerify(token, createLocalJWKSet(jwks), { issuer: 'https://weblogin.cloud.camunda.io/', audience: 'zeebe.camunda.io', currentDate: new Date(clock.now()) });
    const iat = Math.floor(clock.now() / 1000);
    expect(payload).toEqual({
      'https://camunda.com/clusterId': CLIENT.clusterId,
      'https://camunda.com/orgId': CLIENT.orgId,
      'https://camunda.com/clientId': CLIENT.clientId,
      iss: 'https://weblogin.cloud.camunda.io/',
      sub: `${CLIENT.clientId}@clients`,
      aud: 'zeebe.camunda.io',
      iat,
      exp: iat + 86400,
      scope: CLIENT.clusterId,
      gty: 'client-credentials',
      azp: CLIENT.clientId,
    });
  });

  it('never reads the wall clock: Date.now may throw', async () => {
    vi.spyOn(Date, 'now').mockImplementation(() => {
      throw new Error('Date.now called');
    });
    const server = makeServer(() => 5_000_000);
    const response = await server.handleTokenRequest(tokenRequest());
    expect(response.status).toBe(200);
    expect(decodeJwt(String(bodyOf(response).access_token)).iat).toBe(5000);
  });

  it('takes JSON bodies and Basic authentication', async () => {
    const server = makeServer(fakeClock().now);
    expect((await server.handleTokenRequest(tokenRequest({ json: true }))).status).toBe(200);
    const basic = await server.handleTokenRequest(tokenRequest({ fields: { grant_type: 'client_credentials', audience: 'tasklist.camunda.io' }, basic: { id: CLIENT.clientId, secret: CLIENT.clientSecret } }));
    expect(basic.status).toBe(200);
    expect(decodeJwt(String(bodyOf(basic).access_token)).aud).toBe('tasklist.camunda.io');
  });

  it('uses a configured lifetime and issuer', async () => {
    const clock = fakeClock();
    const server = makeServer(clock.now, { tokenLifetimeSeconds: 60, issuer: 'http://127.0.0.1:8089' });
    const body = bodyOf(await server.handleTokenRequest(tokenRequest()));
    expect(body.expires_in).toBe(60);
    const claims = decodeJwt(String(body.access_token));
    expect(claims.exp! - claims.iat!).toBe(60);
    expect(claims.iss).toBe('http://127.0.0.1:8089/');
    expect(server.getSettings().tokenEndpoint).toBe('http://127.0.0.1:8089/oauth/token');
    server.configure({ tokenLifetimeSeconds: 120 });
    expect(bodyOf(await server.handleTokenRequest(tokenRequest({ source: 'other' }))).expires_in).toBe(120);
  });

  it('serves discovery and JWKS for its issuer', async () => {
    const server = makeServer(fakeClock().now);
    const discovery = bodyOf(await server.handleWellKnown('discovery', 'x'));
    expect(discovery).toMatchObject({
      issuer: 'https://weblogin.cloud.camunda.io/',
      token_endpoint: 'https://login.cloud.camunda.io/oauth/token',
      jwks_uri: 'https://weblogin.cloud.camunda.io/.well-known/jwks.json',
      token_endpoint_auth_methods_supported: ['client_secret_post', 'client_secret_basic'],
    });
    const jwks = bodyOf(await server.handleWellKnown('jwks', 'x')) as { keys: Array<Record<string, unknown>> };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(jwks.keys[0]).not.toHaveProperty('d');
    expect(server.matchWellKnown('https://weblogin.cloud.camunda.io/.well-known/jwks.json')).toBe('jwks');
    expect(server.matchWellKnown('https://example.com/.well-known/jwks.json')).toBeNull();
    expect(server.matchWellKnown('http://localhost:1/.well-known/openid-configuration', true)).toBe('discovery');
  });

  it('recognises token URLs by path and by registration', () => {
    const server = makeServer(fakeClock().now);
    expect(server.isTokenUrl('https://login.cloud.camunda.io/oauth/token')).toBe(true);
    expect(server.isTokenUrl('https://login.cloud.camunda.io/oauth/token/')).toBe(true);
    expect(server.isTokenUrl('http://127.0.0.1:8089/oauth/token?x=1')).toBe(true);
    expect(server.isTokenUrl('https://idp.example.com/realms/c8/protocol/openid-connect/token')).toBe(false);
    const remove = server.registerTokenUrl('https://idp.example.com/realms/c8/protocol/openid-connect/token');
    expect(server.isTokenUrl('https://idp.example.com/realms/c8/protocol/openid-connect/token')).toBe(true);
    remove();
    expect(server.isTokenUrl('https://idp.example.com/realms/c8/protocol/openid-connect/token')).toBe(false);
    expect(() => server.registerTokenUrl('not a url')).toThrow(expect.objectContaining({ code: 'ERR_MOCK_INVALID_URL' }));
  });

  it('answers other methods on the token URL with 405', () => {
    const response = makeServer(fakeClock().now).handleWrongMethod('GET', 'x');
    expect(response.status).toBe(405);
    expect(response.headers.Allow).toBe('POST, OPTIONS');
    expect(bodyOf(response).error).toBe('invalid_request');
  });
});

describe('client authentication', () => {
  it('refuses a wrong secret with 401 invalid_client, WWW-Authenticate only for Basic', async () => {
    const server = makeServer(fakeClock().now);
    const post = await server.handleTokenRequest(tokenRequest({ fields: { ...GOOD_FIELDS, client_secret: 'wrong-secret-wrong-secret' } }));
    expect(post.status).toBe(401);
    expect(bodyOf(post)).toMatchObject({ error: 'invalid_client', error_description: expect.stringMatching(/ZEEBE_CLIENT_SECRET/) });
    expect(post.headers['WWW-Authenticate']).toBeUndefined();
    const basic = await server.handleTokenRequest(tokenRequest({ fields: { grant_type: 'client_credentials', audience: 'zeebe.camunda.io' }, basic: { id: CLIENT.clientId, secret: 'nope-nope-nope-nope' }, source: 'b' }));
    expect(basic.status).toBe(401);
    expect(basic.headers['WWW-Authenticate']).toMatch(/^Basic realm="/);
  });

  it('refuses unknown clients unless acceptAny is on, and then only well-formed ones', async () => {
    const clock = fakeClock();
    const server = makeServer(clock.now, { defaults: { clusterId: 'c1c1c1c1-0000-4000-8000-000000000000', orgId: 'o', region: 'bru-2' } });
    const pasted = { ...GOOD_FIELDS, client_id: 'RealLookingClientId_0123456789ab', client_secret: 'R'.repeat(64) };
    expect((await server.handleTokenRequest(tokenRequest({ fields: pasted }))).status).toBe(401);
    server.configure({ acceptAny: true });
    const ok = await server.handleTokenRequest(tokenRequest({ fields: pasted }));
    expect(ok.status).toBe(200);
    expect(decodeJwt(String(bodyOf(ok).access_token))).toMatchObject({ azp: pasted.client_id, scope: 'c1c1c1c1-0000-4000-8000-000000000000' });
    const legacy = await server.handleTokenRequest(tokenRequest({ fields: { ...pasted, audience: '7cad87f9-e217-4552-ab37-34b54012036a.syd-1.zeebe.camunda.io' }, source: 'l' }));
    expect(decodeJwt(String(bodyOf(legacy).access_token))['https://camunda.com/clusterId']).toBe('7cad87f9-e217-4552-ab37-34b54012036a');
    for (const bad of [{ client_id: 'short', client_secret: 'R'.repeat(64) }, { client_id: 'has space in the id!!', client_secret: 'R'.repeat(64) }, { client_id: 'RealLookingClientId_0123456789ab', client_secret: 'tooshort' }]) {
      const response = await server.handleTokenRequest(tokenRequest({ fields: { ...GOOD_FIELDS, ...bad }, source: bad.client_id + bad.client_secret }));
      expect(response.status).toBe(401);
      expect(String(bodyOf(response).error_description)).toMatch(/not in the form Console issues/);
    }
    // A registered client with a wrong secret is still refused.
    expect((await server.handleTokenRequest(tokenRequest({ fields: { ...GOOD_FIELDS, client_secret: 'R'.repeat(64) }, source: 'z' }))).status).toBe(401);
  });
});

describe('audiences', () => {
  const cases: Array<[string, string, number, RegExp?]> = [
    ['zeebe.camunda.io', 'all scopes', 200],
    ['operate.camunda.io', 'all scopes', 200],
    ['optimize.camunda.io', 'all scopes', 200],
    [`${CLIENT.clusterId}.${CLIENT.region}.zeebe.camunda.io`, 'own legacy audience', 200],
    [`${CLIENT.clusterId}.bru-2.zeebe.camunda.io`, 'other region', 403, /belongs to cluster/],
    ['https://zeebe.camunda.io/', 'near miss', 403, /Did you mean "zeebe.camunda.io"/],
    ['example.com', 'unknown', 403, /Service not found/],
    ['api.cloud.camunda.io', 'cluster client asks for the Administration API', 403, /Administration API client/],
  ];
  it.each(cases)('audience %s (%s) → %i', async (audience, _why, status, message) => {
    const server = makeServer(fakeClock().now);
    const response = await server.handleTokenRequest(tokenRequest({ fields: { ...GOOD_FIELDS, audience } }));
    expect(response.status).toBe(status);
    if (status !== 200) expect(bodyOf(response)).toMatchObject({ error: 'access_denied', error_description: expect.stringMatching(message!) });
  });

  it('follows the client scopes', async () => {
    const server = makeServer(fakeClock().now, { clients: [{ ...CLIENT, scopes: ['Zeebe'] }, { clientId: 'admin-client-0001', clientSecret: 'admin-secret-000000001', administrationApi: true, scopes: [] }] });
    expect((await server.handleTokenRequest(tokenRequest({ fields: { ...GOOD_FIELDS, audience: 'tasklist.camunda.io' } }))).status).toBe(403);
    const admin = { grant_type: 'client_credentials', audience: 'api.cloud.camunda.io', client_id: 'admin-client-0001', client_secret: 'admin-secret-000000001' };
    expect((await server.handleTokenRequest(tokenRequest({ fields: admin }))).status).toBe(200);
  });
});

describe('registry and settings', () => {
  it('generates clients with Console-shaped ids and secrets', () => {
    let seed = 1;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const server = makeServer(fakeClock().now, { random });
    const client = server.clients.generate();
    expect(client.clientId).toMatch(/^[A-Za-z0-9._~-]{32}$/);
    expect(client.clientSecret).toMatch(/^[A-Za-z0-9._~-]{64}$/);
    expect(client.clusterId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(server.clients.get(client.clientId)).toEqual(client);
    expect(server.clients.list().map((c) => c.clientId)).toContain(client.clientId);
    expect(server.clients.remove(client.clientId)).toBe(true);
  });

  it('rejects bad configuration with coded errors', () => {
    const server = makeServer(fakeClock().now);
    const expectCode = (fn: () => unknown, code: string) => {
      expect(fn).toThrow(AuthServerConfigError);
      expect(fn).toThrow(expect.objectContaining({ code }));
    };
    expectCode(() => server.clients.register({ clientId: 'bad id with spaces', clientSecret: 'x'.repeat(20) }), 'ERR_MOCK_INVALID_CLIENT');
    expectCode(() => server.clients.register({ clientId: 'good-client-id', clientSecret: 'short' }), 'ERR_MOCK_INVALID_CLIENT');
    expectCode(() => server.configure({ tokenLifetimeSeconds: 0 }), 'ERR_MOCK_INVALID_OPTION');
    expectCode(() => server.configure({ issuer: 'ftp://x' }), 'ERR_MOCK_INVALID_OPTION');
    expectCode(() => server.configure({ rateLimit: { burst: 0 } }), 'ERR_MOCK_INVALID_OPTION');
    expectCode(() => server.setFaults({ errorRate: 1.5 }), 'ERR_MOCK_INVALID_OPTION');
    expectCode(() => server.setFaults({ latencyMs: -1 }), 'ERR_MOCK_INVALID_OPTION');
    expect(server.getSettings().tokenLifetimeSeconds).toBe(86400);
  });
});
