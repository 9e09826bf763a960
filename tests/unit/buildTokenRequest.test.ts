import { describe, expect, it } from 'vitest';
import { buildTokenRequest, formatTokenRequest, MASK, TokenRequestInputError } from '../../src/lib/tokenRequest/buildTokenRequest';

const base = {
  tokenUrl: 'https://login.cloud.camunda.io/oauth/token',
  clientId: 'client-1',
  clientSecret: 's3cr3t+/=&"x',
  audience: 'zeebe.camunda.io',
} as const;

describe('buildTokenRequest', () => {
  it('sends the credentials form-encoded in the body', () => {
    const req = buildTokenRequest({ ...base, bodyFormat: 'form', clientAuth: 'body' });
    expect(req.headers['Content-Type']).toBe('application/x-www-form-urlencoded');
    const fields = new URLSearchParams(req.body);
    expect(Object.fromEntries(fields)).toEqual({
      grant_type: 'client_credentials',
      audience: 'zeebe.camunda.io',
      client_id: 'client-1',
      client_secret: base.clientSecret,
    });
  });

  it('sends JSON like the C# client', () => {
    const req = buildTokenRequest({ ...base, bodyFormat: 'json', clientAuth: 'body', scope: ' Zeebe ' });
    expect(JSON.parse(req.body)).toMatchObject({ client_secret: base.clientSecret, scope: 'Zeebe' });
  });

  it('uses HTTP Basic with form-urlencoded parts (RFC 6749 §2.3.1)', () => {
    const req = buildTokenRequest({ ...base, bodyFormat: 'form', clientAuth: 'basic' });
    expect(req.body).not.toContain('client_secret');
    const decoded = atob(req.headers.Authorization.replace('Basic ', ''));
    const [id, secret] = decoded.split(':').map((part) => decodeURIComponent(part.replace(/\+/g, ' ')));
    expect([id, secret]).toEqual(['client-1', base.clientSecret]);
  });

  it('says what is wrong with a bad URL or a missing field', () => {
    expect(() => buildTokenRequest({ ...base, tokenUrl: 'login', bodyFormat: 'form', clientAuth: 'body' })).toThrow(TokenRequestInputError);
    expect(() => buildTokenRequest({ ...base, clientSecret: ' ', bodyFormat: 'form', clientAuth: 'body' })).toThrow(/client secret is empty/);
  });
});

describe('formatTokenRequest', () => {
  for (const bodyFormat of ['form', 'json'] as const) {
    for (const clientAuth of ['body', 'basic'] as const) {
      it(`masks the secret in ${bodyFormat} with ${clientAuth} auth`, () => {
        const req = buildTokenRequest({ ...base, bodyFormat, clientAuth });
        const masked = formatTokenRequest(req, base.clientSecret, false);
        expect(masked).not.toContain(base.clientSecret);
        expect(masked).not.toContain(encodeURIComponent(base.clientSecret));
        expect(masked).not.toContain(req.headers.Authorization ?? '\u0000');
        expect(masked).toContain(MASK);
        expect(masked).toMatch(/^POST \/oauth\/token HTTP\/1\.1\nHost: login\.cloud\.camunda\.io/);
        const revealed = formatTokenRequest(req, base.clientSecret, true);
        expect(revealed).not.toContain(MASK);
      });
    }
  }
});
