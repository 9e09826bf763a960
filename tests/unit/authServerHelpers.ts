// Shared helpers for the auth server tests (not a test file itself).
import { createAuthServer, type AuthServerOptions, type TokenHttpRequest } from '../../src/lib/authServer/authServer';
import { createSigningKeys, type SigningKeys } from '../../src/lib/authServer/keys';

let sharedKeys: Promise<SigningKeys> | null = null;
/** RSA key generation is slow-ish; one pair serves a whole test file. */
export function testKeys(): Promise<SigningKeys> {
  sharedKeys ??= createSigningKeys();
  return sharedKeys;
}

export const CLIENT = {
  clientId: 'test-client-id-0123456789abcdef',
  clientSecret: 'test-secret-0123456789abcdef0123456789abcdef',
  clusterId: '5c34c0a7-7f29-4424-8414-125615f7a9b9',
  orgId: '0e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b',
  region: 'syd-1',
};

export function fakeClock(start = 1_741_676_657_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms), set: (ms: number) => (now = ms) };
}

export function makeServer(clock: () => number, options: Partial<AuthServerOptions> = {}) {
  return createAuthServer({ clock, keys: testKeys(), clients: [CLIENT], random: () => 0.5, ...options });
}

export interface RequestShape {
  fields?: Record<string, string>;
  json?: boolean;
  basic?: { id: string; secret: string };
  source?: string;
  contentType?: string | null;
  body?: Uint8Array;
}

export const GOOD_FIELDS = { grant_type: 'client_credentials', audience: 'zeebe.camunda.io', client_id: CLIENT.clientId, client_secret: CLIENT.clientSecret };

export function tokenRequest(shape: RequestShape = {}): TokenHttpRequest {
  const fields = shape.fields ?? GOOD_FIELDS;
  const headers = new Headers();
  const contentType = shape.contentType === undefined ? (shape.json ? 'application/json' : 'application/x-www-form-urlencoded') : shape.contentType;
  if (contentType !== null) headers.set('content-type', contentType);
  if (shape.basic) headers.set('authorization', `Basic ${btoa(`${encodeURIComponent(shape.basic.id)}:${encodeURIComponent(shape.basic.secret)}`)}`);
  const text = shape.json ? JSON.stringify(fields) : new URLSearchParams(fields).toString();
  return { method: 'POST', url: 'https://login.cloud.camunda.io/oauth/token', headers, body: shape.body ?? new TextEncoder().encode(text), source: shape.source ?? 'office' };
}

export function bodyOf(response: { body: string }): Record<string, unknown> {
  return JSON.parse(response.body) as Record<string, unknown>;
}
