/**
 * Turn the raw parts of an HTTP token request into a checked client-credentials request, or throw
 * a TokenRequestError that says what to fix. Rules: RFC 6749 §2.3.1 (client authentication in the
 * body or by HTTP Basic, never both), §3.2 (empty parameters count as absent, none may repeat,
 * unknown ones are ignored) and §4.4 (grant_type=client_credentials).
 */
import { invalidClient, invalidRequest, TokenRequestError } from './errors';
import { readFormFields, readJsonFields, truncate, type FieldValues } from './jsonFields';

/** The mock's choice of body limit; real token requests are a few hundred bytes. */
export const MAX_TOKEN_BODY_BYTES = 16 * 1024;

type ClientAuthMethod = 'client_secret_post' | 'client_secret_basic';

export interface TokenRequest {
  grantType: 'client_credentials';
  audience: string;
  scope: string | null;
  clientId: string;
  clientSecret: string;
  authMethod: ClientAuthMethod;
  bodyFormat: 'form' | 'json';
}

export interface RawTokenRequest {
  contentType: string | null;
  authorization: string | null;
  /** Body bytes; an adapter may stop reading after MAX_TOKEN_BODY_BYTES + 1. */
  body: Uint8Array;
}

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';
/** RFC 6749 §3.3: scope tokens are printable ASCII except space, '"' and '\'. */
const SCOPE_SYNTAX = /^[\x21\x23-\x5b\x5d-\x7e]+( [\x21\x23-\x5b\x5d-\x7e]+)*$/;

export function parseTokenRequest(raw: RawTokenRequest): TokenRequest {
  const usedBasic = raw.authorization !== null && /^basic(\s|$)/i.test(raw.authorization.trim());
  const fields = readFields(raw, usedBasic);

  for (const [key, values] of fields) {
    if (values.length > 1) throw invalidRequest(`The parameter "${truncate(key)}" appears ${values.length} times; send each parameter once (RFC 6749 §3.2).`, usedBasic);
  }
  const field = (name: string): string | null => fields.get(name)?.[0] ?? null;

  const grantType = field('grant_type');
  if (grantType === null) throw invalidRequest('grant_type is missing. Send grant_type=client_credentials.', usedBasic);
  if (grantType !== 'client_credentials') {
    throw new TokenRequestError('unsupported_grant_type', 400, `grant_type "${truncate(grantType)}" is not supported here. Machine-to-machine clients use grant_type=client_credentials.`, { usedBasicAuth: usedBasic });
  }

  const { clientId, clientSecret, authMethod } = readClientAuth(raw.authorization, field('client_id'), field('client_secret'));

  const audience = field('audience');
  if (audience === null) throw invalidRequest('audience is missing. Send audience=zeebe.camunda.io (or tasklist/operate/optimize.camunda.io, api.cloud.camunda.io).', usedBasic);

  const scope = field('scope');
  if (scope !== null && !SCOPE_SYNTAX.test(scope)) {
    throw new TokenRequestError('invalid_scope', 400, 'scope must be space-separated words of printable ASCII without quotes or backslashes; leave it out to get the default scope.', { usedBasicAuth: usedBasic });
  }

  return { grantType: 'client_credentials', audience, scope, clientId, clientSecret, authMethod, bodyFormat: isJson(raw.contentType) ? 'json' : 'form' };
}

function mediaType(contentType: string | null): string {
  return (contentType ?? '').split(';')[0].trim().toLowerCase();
}

function isJson(contentType: string | null): boolean {
  return mediaType(contentType) === JSON_TYPE;
}

function readFields(raw: RawTokenRequest, usedBasic: boolean): FieldValues {
  if (raw.body.byteLength > MAX_TOKEN_BODY_BYTES) {
    throw invalidRequest(`The request body is larger than ${MAX_TOKEN_BODY_BYTES / 1024} KiB. A token request needs only grant_type, audience and the client credentials.`, usedBasic);
  }
  const type = mediaType(raw.contentType);
  if (type !== FORM && type !== JSON_TYPE) {
    const got = raw.contentType === null ? 'no Content-Type' : `Content-Type "${truncate(raw.contentType)}"`;
    throw invalidRequest(`The request has ${got}. Send ${FORM} (or ${JSON_TYPE}).`, usedBasic);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(raw.body);
  } catch {
    throw invalidRequest('The request body is not UTF-8 text. Send the fields as form-encoded or JSON text.', usedBasic);
  }
  // Control characters other than tab/CR/LF mean a binary body, not a form or JSON document.
  if (/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/.test(text)) {
    throw invalidRequest('The request body contains binary data. Send the fields as form-encoded or JSON text.', usedBasic);
  }
  if (type === JSON_TYPE) {
    try {
      return readJsonFields(text);
    } catch (error) {
      if (error instanceof TokenRequestError) throw invalidRequest(error.message, usedBasic);
      throw error;
    }
  }
  return readFormFields(text);
}

function readClientAuth(authorization: string | null, bodyId: string | null, bodySecret: string | null): { clientId: string; clientSecret: string; authMethod: ClientAuthMethod } {
  if (authorization !== null && authorization.trim() !== '') {
    const [scheme] = authorization.trim().split(/\s+/, 1);
    if (scheme.toLowerCase() !== 'basic') {
      throw invalidClient(`The token endpoint does not take "${truncate(scheme, 20)}" authorization. Use Authorization: Basic, or client_id and client_secret in the body.`, false);
    }
    const basic = decodeBasic(authorization);
    if (bodySecret !== null) {
      throw invalidRequest('The client authenticated twice (Authorization: Basic and client_secret in the body). Use one method only (RFC 6749 §2.3).', true);
    }
    if (bodyId !== null && bodyId !== basic.clientId) {
      throw invalidRequest('client_id in the body differs from the client id in the Authorization header. Send one client id.', true);
    }
    return { ...basic, authMethod: 'client_secret_basic' };
  }
  if (bodyId === null) {
    throw invalidClient('No client authentication was sent. Send client_id and client_secret in the body, or an Authorization: Basic header.', false);
  }
  if (bodySecret === null) throw invalidRequest('client_secret is missing. Send the client secret from the credentials file (ZEEBE_CLIENT_SECRET).');
  return { clientId: bodyId, clientSecret: bodySecret, authMethod: 'client_secret_post' };
}

/** RFC 6749 §2.3.1: base64 of `urlencode(id) ":" urlencode(secret)`. */
function decodeBasic(authorization: string): { clientId: string; clientSecret: string } {
  const bad = (why: string) => invalidClient(`The Authorization: Basic header is malformed: ${why}.`, true);
  const encoded = authorization.trim().slice('basic'.length).trim();
  if (encoded === '') throw bad('no credentials after "Basic"');
  let binary: string;
  try {
    binary = atob(encoded);
  } catch {
    throw bad('it is not base64');
  }
  let decoded: string;
  try {
    decoded = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    throw bad('the decoded credentials are not UTF-8');
  }
  const colon = decoded.indexOf(':');
  if (colon < 0) throw bad('expected base64 of "client_id:client_secret"');
  const unescape = (part: string) => {
    try {
      return decodeURIComponent(part.replace(/\+/g, ' '));
    } catch {
      throw bad('the id or secret has broken %-escapes (they must be form-urlencoded before base64)');
    }
  };
  const clientId = unescape(decoded.slice(0, colon));
  const clientSecret = unescape(decoded.slice(colon + 1));
  if (clientId === '' || clientSecret === '') throw bad('the client id or secret is empty');
  return { clientId, clientSecret };
}
