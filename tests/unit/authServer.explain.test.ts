import { describe, expect, it } from 'vitest';
import { explainTokenResponse } from '../../src/lib/authServer/explainResponse';
import { bodyOf, fakeClock, GOOD_FIELDS, makeServer, tokenRequest } from './authServerHelpers';

describe('explainTokenResponse', () => {
  it('explains an issued token with its lifetime and time left', async () => {
    const clock = fakeClock();
    const server = makeServer(clock.now);
    const response = await server.handleTokenRequest(tokenRequest());
    const explained = explainTokenResponse({ status: 200, headers: response.headers, body: response.body, now: clock.now() + 3_600_000 });
    expect(explained.tone).toBe('success');
    expect(explained.explanation).toMatch(/for zeebe\.camunda\.io/);
    expect(explained.explanation).toMatch(/valid for 24 h\./);
    expect(explained.explanation).toMatch(/it has 23 h left/);
    expect(explained.nextStep).toMatch(/reuse it/);
    expect(explained.expiresAt).toBe((Math.floor(clock.now() / 1000) + 86400) * 1000);
  });

  it('notices a token that is already expired by the reader\'s clock', async () => {
    const clock = fakeClock();
    const server = makeServer(clock.now, { faults: { clockSkewSeconds: -90_000 } });
    const response = await server.handleTokenRequest(tokenRequest());
    expect(explainTokenResponse({ status: 200, body: response.body, now: clock.now() }).explanation).toMatch(/already in the past/);
  });

  it('tells a rate-limited reader how long to wait, from Retry-After', async () => {
    const server = makeServer(fakeClock().now, { rateLimit: { burst: 1, blockMs: 60_000 } });
    await server.handleTokenRequest(tokenRequest());
    const limited = await server.handleTokenRequest(tokenRequest());
    const explained = explainTokenResponse({ status: limited.status, headers: new Headers(limited.headers), body: limited.body });
    expect(explained).toMatchObject({ tone: 'warning', headline: 'Rate limited', retryAfterSeconds: 60, errorCode: 'too_many_requests' });
    expect(explained.nextStep).toMatch(/Wait 60 seconds/);
  });

  it.each([
    [400, { error: 'invalid_request', error_description: 'audience is missing.' }, 'Malformed token request', /audience is missing/],
    [400, { error: 'unsupported_grant_type', error_description: 'x' }, 'Wrong grant type', /client_credentials/],
    [401, { error: 'invalid_client', error_description: 'bad' }, 'Client authentication failed', /ZEEBE_CLIENT_SECRET/],
    [403, { error: 'access_denied', error_description: 'Service not found' }, 'Audience refused', /zeebe\.camunda\.io/],
    [503, { error: 'temporarily_unavailable', error_description: 'maintenance' }, 'Authorization server unavailable', /retry later/],
    [418, {}, 'Unexpected answer (HTTP 418)', /token URL/],
  ])('explains HTTP %i', (status, body, headline, next) => {
    const explained = explainTokenResponse({ status, body: JSON.stringify(body) });
    expect(explained.headline).toBe(headline);
    expect(`${explained.explanation} ${explained.nextStep}`).toMatch(next);
    if ('error_description' in body) expect(explained.explanation).toContain(body.error_description);
  });

  it('copes with bodies that are not JSON', () => {
    expect(explainTokenResponse({ status: 502, body: '<html>Bad gateway</html>' }).headline).toBe('Authorization server unavailable');
    expect(explainTokenResponse({ status: 200, body: 'not json' }).tone).toBe('error');
  });

  it('reads the server\'s own error description into the explanation', async () => {
    const server = makeServer(fakeClock().now);
    const response = await server.handleTokenRequest(tokenRequest({ fields: { ...GOOD_FIELDS, audience: 'https://zeebe.camunda.io' } }));
    expect(explainTokenResponse({ status: response.status, body: response.body }).explanation).toContain(String(bodyOf(response).error_description));
  });
});
