/**
 * The words the doctor knows: gRPC status names and numbers, OAuth 2.0 error codes (RFC 6749
 * §5.2), Node.js TLS and network error codes, HTTP reason phrases, and which hosts answer for what.
 */

export const GRPC_CODES: Record<number, string> = {
  1: 'CANCELLED',
  2: 'UNKNOWN',
  3: 'INVALID_ARGUMENT',
  4: 'DEADLINE_EXCEEDED',
  5: 'NOT_FOUND',
  7: 'PERMISSION_DENIED',
  8: 'RESOURCE_EXHAUSTED',
  13: 'INTERNAL',
  14: 'UNAVAILABLE',
  16: 'UNAUTHENTICATED',
};

export const GRPC_NAMES = new Set(Object.values(GRPC_CODES));

/** Go's grpc-go spelling (`code = Unauthenticated`) to the canonical name. */
export function grpcFromGo(word: string): string | undefined {
  const upper = word.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
  if (upper === 'CANCELED') return 'CANCELLED';
  return GRPC_NAMES.has(upper) ? upper : undefined;
}

export const OAUTH_ERRORS = new Set([
  'invalid_client',
  'unauthorized_client',
  'invalid_grant',
  'invalid_scope',
  'invalid_request',
  'unsupported_grant_type',
  'access_denied',
  'invalid_token',
  'insufficient_scope',
  'invalid_target',
  'temporarily_unavailable',
  'server_error',
]);

export const TLS_CODES = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_GET_ISSUER_CERT',
  'CERT_HAS_EXPIRED',
  'CERT_UNTRUSTED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

export const ERRNO_CODES = new Set(['ETIMEDOUT', 'ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'EACCES', 'EROFS', 'EPERM', 'ENOENT', 'EHOSTUNREACH', 'ENETUNREACH']);

export const REASON_PHRASES: Array<[string, number]> = [
  ['badrequest', 400],
  ['unauthorized', 401],
  ['forbidden', 403],
  ['notfound', 404],
  ['unsupportedmediatype', 415],
  ['toomanyrequests', 429],
  ['internalservererror', 500],
  ['badgateway', 502],
  ['serviceunavailable', 503],
  ['gatewaytimeout', 504],
];

export type HostRole = 'token' | 'cluster' | 'component' | 'console' | 'entra' | 'local';

/** What a host that appears in the output stands for. */
export function hostRole(host: string): HostRole | undefined {
  const h = host.toLowerCase();
  if (/^(?:web)?login\.cloud\.camunda\.io$/.test(h)) return 'token';
  if (h === 'api.cloud.camunda.io') return 'console';
  if (h.endsWith('.zeebe.camunda.io')) return 'cluster';
  if (/\.(?:operate|tasklist|optimize)\.camunda\.io$/.test(h)) return 'component';
  if (h === 'login.microsoftonline.com' || h.endsWith('.microsoftonline.com')) return 'entra';
  if (h === 'localhost' || h === '127.0.0.1' || h.startsWith('keycloak')) return 'local';
  return undefined;
}
