/**
 * Builds the exact HTTP request a client sends to the token endpoint, in each of the shapes the
 * official clients use, plus a text rendering of it with the secret masked for the screen.
 */

export type BodyFormat = 'form' | 'json';
export type ClientAuthMethod = 'body' | 'basic';

export interface TokenRequestInput {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  audience: string;
  scope?: string;
  bodyFormat: BodyFormat;
  clientAuth: ClientAuthMethod;
}

export interface BuiltTokenRequest {
  url: string;
  method: 'POST';
  headers: Record<string, string>;
  body: string;
}

export class TokenRequestInputError extends Error {
  constructor(
    readonly code: 'ERR_TOKEN_URL' | 'ERR_MISSING_FIELD',
    message: string,
  ) {
    super(message);
    this.name = 'TokenRequestInputError';
  }
}

/** RFC 6749 §2.3.1: Basic credentials are form-urlencoded before base64. */
function basicAuthorization(clientId: string, clientSecret: string): string {
  const encode = (value: string) => encodeURIComponent(value).replace(/%20/g, '+');
  const raw = `${encode(clientId)}:${encode(clientSecret)}`;
  const bytes = new TextEncoder().encode(raw);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

export function buildTokenRequest(input: TokenRequestInput): BuiltTokenRequest {
  let url: URL;
  try {
    url = new URL(input.tokenUrl);
  } catch {
    throw new TokenRequestInputError('ERR_TOKEN_URL', `"${input.tokenUrl}" is not a URL. Use the token URL from your credentials file, e.g. https://login.cloud.camunda.io/oauth/token.`);
  }
  for (const [name, value] of [['client id', input.clientId], ['client secret', input.clientSecret], ['audience', input.audience]] as const) {
    if (!value.trim()) throw new TokenRequestInputError('ERR_MISSING_FIELD', `The ${name} is empty. Load a credentials file or type it in.`);
  }
  const fields: Record<string, string> = { grant_type: 'client_credentials', audience: input.audience };
  if (input.scope?.trim()) fields.scope = input.scope.trim();
  const headers: Record<string, string> = {};
  if (input.clientAuth === 'basic') {
    headers.Authorization = basicAuthorization(input.clientId, input.clientSecret);
  } else {
    fields.client_id = input.clientId;
    fields.client_secret = input.clientSecret;
  }
  let body: string;
  if (input.bodyFormat === 'json') {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(fields);
  } else {
    headers['Content-Type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(fields).toString();
  }
  headers.Accept = 'application/json';
  return { url: url.href, method: 'POST', headers, body };
}

export const MASK = '••••••••';

/** The request as HTTP/1.1 text; with `revealSecret` false the secret and Basic header are masked. */
export function formatTokenRequest(request: BuiltTokenRequest, secret: string, revealSecret: boolean): string {
  const url = new URL(request.url);
  const mask = (text: string) => {
    if (revealSecret || !secret) return text;
    const variants = new Set([secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1), new URLSearchParams({ s: secret }).toString().slice(2)]);
    let out = text;
    for (const variant of variants) if (variant) out = out.split(variant).join(MASK);
    return out;
  };
  const headerLines = Object.entries(request.headers).map(([name, value]) =>
    name === 'Authorization' && !revealSecret ? `${name}: Basic ${MASK}` : `${name}: ${value}`,
  );
  return [`POST ${url.pathname}${url.search} HTTP/1.1`, `Host: ${url.host}`, ...headerLines, '', mask(request.body)].join('\n');
}
