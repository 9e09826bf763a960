import { describe, expect, it } from 'vitest';
import { TokenRequestError } from '../../src/lib/authServer/errors';
import { listTopLevelKeys } from '../../src/lib/json/topLevelKeys';
import { MAX_TOKEN_BODY_BYTES, parseTokenRequest, type RawTokenRequest } from '../../src/lib/authServer/parseTokenRequest';

const FORM = 'application/x-www-form-urlencoded';
const enc = (text: string) => new TextEncoder().encode(text);
const form = (text: string, extra: Partial<RawTokenRequest> = {}): RawTokenRequest => ({ contentType: FORM, authorization: null, body: enc(text), ...extra });
const basic = (id: string, secret: string) => `Basic ${btoa(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`)}`;
const GOOD = 'grant_type=client_credentials&audience=zeebe.camunda.io&client_id=abc&client_secret=s3cr3t';

function rejection(raw: RawTokenRequest): TokenRequestError {
  try {
    parseTokenRequest(raw);
  } catch (error) {
    if (error instanceof TokenRequestError) return error;
    throw error;
  }
  throw new Error('expected the request to be refused');
}

describe('parseTokenRequest', () => {
  it('reads a form body with client_secret_post', () => {
    expect(parseTokenRequest(form(`${GOOD}&scope=a%20b`))).toEqual({
      grantType: 'client_credentials', audience: 'zeebe.camunda.io', scope: 'a b', clientId: 'abc', clientSecret: 's3cr3t', authMethod: 'client_secret_post', bodyFormat: 'form',
    });
  });

  it('reads a JSON body, also with a charset parameter', () => {
    const body = JSON.stringify({ grant_type: 'client_credentials', audience: 'operate.camunda.io', client_id: 'abc', client_secret: 'x' });
    const parsed = parseTokenRequest({ contentType: 'Application/JSON; charset=utf-8', authorization: null, body: enc(body) });
    expect(parsed).toMatchObject({ audience: 'operate.camunda.io', bodyFormat: 'json', authMethod: 'client_secret_post' });
  });

  it('decodes Basic credentials that were form-urlencoded before base64 (RFC 6749 §2.3.1)', () => {
    const parsed = parseTokenRequest(form('grant_type=client_credentials&audience=zeebe.camunda.io', { authorization: basic('id:with colon', 'p+ss%/é') }));
    expect(parsed).toMatchObject({ clientId: 'id:with colon', clientSecret: 'p+ss%/é', authMethod: 'client_secret_basic' });
    const plus = parseTokenRequest(form('grant_type=client_credentials&audience=zeebe.camunda.io', { authorization: `Basic ${btoa('a+b:c+d')}` }));
    expect(plus).toMatchObject({ clientId: 'a b', clientSecret: 'c d' });
  });

  it('accepts a body client_id equal to the Basic one', () => {
    expect(parseTokenRequest(form('grant_type=client_credentials&audience=zeebe.camunda.io&client_id=abc', { authorization: basic('abc', 'x') })).clientId).toBe('abc');
  });

  it.each([
    ['missing grant_type', form('audience=zeebe.camunda.io&client_id=a&client_secret=b'), 'invalid_request', /grant_type is missing/],
    ['empty grant_type counts as missing', form(`grant_type=&audience=zeebe.camunda.io&client_id=a&client_secret=b`), 'invalid_request', /grant_type is missing/],
    ['repeated field', form(`${GOOD}&audience=operate.camunda.io`), 'invalid_request', /"audience" appears 2 times/],
    ['missing audience', form('grant_type=client_credentials&client_id=a&client_secret=b'), 'invalid_request', /audience is missing/],
    ['missing secret', form('grant_type=client_credentials&audience=x&client_id=a'), 'invalid_request', /client_secret is missing/],
    ['no content type', form(GOOD, { contentType: null }), 'invalid_request', /no Content-Type/],
    ['wrong content type', form(GOOD, { contentType: 'text/plain' }), 'invalid_request', /text\/plain/],
    ['broken JSON', form('{"grant_type":', { contentType: 'application/json' }), 'invalid_request', /not valid JSON/],
    ['JSON array', form('[1]', { contentType: 'application/json' }), 'invalid_request', /must be an object/],
    ['JSON number field', form('{"grant_type":"client_credentials","audience":5}', { contentType: 'application/json' }), 'invalid_request', /"audience" must be a string/],
    ['JSON repeated key', form('{"grant_type":"client_credentials","audience":"a","audience":"b"}', { contentType: 'application/json' }), 'invalid_request', /appears 2 times/],
    ['binary body', { contentType: FORM, authorization: null, body: new Uint8Array([0, 1, 2, 255]) }, 'invalid_request', /UTF-8|binary/],
    ['control characters', form('grant_type=client_credentials\u0000'), 'invalid_request', /binary/],
    ['oversized body', form(`${GOOD}&pad=${'x'.repeat(MAX_TOKEN_BODY_BYTES)}`), 'invalid_request', /larger than 16 KiB/],
    ['other grant type', form('grant_type=password&audience=a&client_id=a&client_secret=b'), 'unsupported_grant_type', /client_credentials/],
    ['no client authentication', form('grant_type=client_credentials&audience=a'), 'invalid_client', /No client authentication/],
    ['Bearer instead of Basic', form(GOOD, { authorization: 'Bearer abc' }), 'invalid_client', /"Bearer"/],
    ['Basic that is not base64', form('grant_type=client_credentials&audience=a', { authorization: 'Basic !!!' }), 'invalid_client', /not base64/],
    ['Basic without colon', form('grant_type=client_credentials&audience=a', { authorization: `Basic ${btoa('abc')}` }), 'invalid_client', /client_id:client_secret/],
    ['Basic with broken escapes', form('grant_type=client_credentials&audience=a', { authorization: `Basic ${btoa('a%zz:b')}` }), 'invalid_client', /%-escapes/],
    ['Basic and body secret', form(GOOD, { authorization: basic('abc', 'x') }), 'invalid_request', /authenticated twice/],
    ['Basic and a different body id', form('grant_type=client_credentials&audience=a&client_id=zzz', { authorization: basic('abc', 'x') }), 'invalid_request', /differs/],
    ['bad scope syntax', form(`${GOOD}&scope=${encodeURIComponent('a "b"')}`), 'invalid_scope', /scope/],
  ])('refuses %s', (_name, raw, code, message) => {
    const error = rejection(raw as RawTokenRequest);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(error.status).toBe(code === 'invalid_client' ? 401 : 400);
  });

  it('marks errors of Basic requests so the 401 carries WWW-Authenticate', () => {
    expect(rejection(form('grant_type=client_credentials&audience=a', { authorization: 'Basic !!!' })).usedBasicAuth).toBe(true);
    expect(rejection(form('grant_type=client_credentials&audience=a')).usedBasicAuth).toBe(false);
  });
});

describe('listTopLevelKeys', () => {
  it('lists only top-level keys, with repeats, unescaped', () => {
    expect(listTopLevelKeys('{"a":{"b":1,"c":[{"d":2}]},"a":"x:y","\\u0065":"\\"}"}')).toEqual(['a', 'a', 'e']);
  });
});
