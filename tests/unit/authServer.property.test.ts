import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthServer } from '../../src/lib/authServer/authServer';
import { createHandlers } from '../../src/mocks/handlers';
import { setupServer } from 'msw/node';
import { CLIENT, fakeClock, testKeys } from './authServerHelpers';

const FIELD_NAMES = ['grant_type', 'audience', 'client_id', 'client_secret', 'scope', 'x'];
const FIELD_VALUES = ['client_credentials', 'zeebe.camunda.io', CLIENT.clientId, CLIENT.clientSecret, 'password', '', ' ', '%', '%zz', '"', '\u0000', 'é', '+'];

const headerText = fc.string({ unit: fc.constantFrom(...'abcXYZ019 ;=/+:,-_."\\%\t'.split('')), maxLength: 40 });
const contentType = fc.oneof(
  fc.constant(null),
  fc.constantFrom('application/x-www-form-urlencoded', 'application/json', 'application/json; charset=utf-8', 'text/plain', 'multipart/form-data; boundary=x'),
  headerText,
);
const authorization = fc.oneof(
  fc.constant(null),
  fc.constant(`Basic ${btoa(`${CLIENT.clientId}:${CLIENT.clientSecret}`)}`),
  headerText.map((s) => `Basic ${s}`),
  fc.uint8Array({ maxLength: 40 }).map((b) => `Basic ${btoa(String.fromCharCode(...b))}`),
  headerText,
);
const formBody = fc.array(fc.tuple(fc.constantFrom(...FIELD_NAMES), fc.oneof(fc.constantFrom(...FIELD_VALUES), fc.string())), { maxLength: 8 })
  .map((pairs) => new TextEncoder().encode(pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')));
const jsonBody = fc.oneof(
  fc.dictionary(fc.constantFrom(...FIELD_NAMES), fc.oneof(fc.constantFrom(...FIELD_VALUES), fc.jsonValue())),
  fc.jsonValue(),
).map((value) => new TextEncoder().encode(JSON.stringify(value) ?? ''));
const body = fc.oneof(formBody, jsonBody, fc.uint8Array({ maxLength: 300 }), fc.string().map((s) => new TextEncoder().encode(s)), fc.constant(new Uint8Array(20_000).fill(97)));

const ALLOWED = new Set([200, 400, 401, 403, 429]);

describe('never a 500, whatever arrives', () => {
  it('core: every answer is a documented status with an RFC 6749 body', async () => {
    const clock = fakeClock();
    const server = createAuthServer({ clock: clock.now, keys: testKeys(), clients: [CLIENT], acceptAny: true, random: () => 0.5 });
    await fc.assert(
      fc.asyncProperty(contentType, authorization, body, fc.boolean(), async (type, auth, bytes, advance) => {
        if (advance) clock.advance(1000);
        const headers = new Headers();
        if (type !== null) headers.set('content-type', type);
        if (auth !== null) headers.set('authorization', auth);
        const response = await server.handleTokenRequest({ method: 'POST', url: 'https://login.cloud.camunda.io/oauth/token', headers, body: bytes, source: 'fuzz' });
        expect(ALLOWED.has(response.status)).toBe(true);
        const parsed = JSON.parse(response.body) as Record<string, unknown>;
        if (response.status === 200) expect(typeof parsed.access_token).toBe('string');
        else {
          expect(typeof parsed.error).toBe('string');
          expect(typeof parsed.error_description).toBe('string');
        }
        expect(response.headers['Cache-Control']).toBe('no-store');
      }),
      { numRuns: 400 },
    );
  });

  describe('through msw/node', () => {
    const authServer = createAuthServer({ clock: fakeClock().now, keys: testKeys(), clients: [CLIENT], random: () => 0.5, rateLimit: { burst: 1e9 } });
    const msw = setupServer(...createHandlers(authServer, { wait: async () => undefined }));
    beforeAll(() => msw.listen({ onUnhandledRequest: 'error' }));
    afterAll(() => msw.close());

    it('answers random requests on both token URLs without a 500', async () => {
      await fc.assert(
        fc.asyncProperty(contentType, authorization, body, fc.constantFrom('', '/'), async (type, auth, bytes, slash) => {
          const headers = new Headers();
          if (type !== null) headers.set('content-type', type);
          if (auth !== null) headers.set('authorization', auth);
          const response = await fetch(`https://login.cloud.camunda.io/oauth/token${slash}`, { method: 'POST', headers, body: bytes });
          expect(ALLOWED.has(response.status)).toBe(true);
          const parsed = (await response.json()) as Record<string, unknown>;
          expect(typeof (parsed.access_token ?? parsed.error)).toBe('string');
        }),
        { numRuns: 120 },
      );
    });
  });
});
