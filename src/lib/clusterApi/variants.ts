/**
 * The playground's calls to the mock cluster: the reader's token as it is, or one of the failure
 * cases built from it (each changes one thing, so the answer shows what that one thing breaks).
 */
import { base64url, type JWTPayload } from 'jose';

export type CallVariant = 'as-is' | 'no-token' | 'expired' | 'other-audience' | 'tampered' | 'other-cluster' | 'no-authorization';

export type ApiEndpoint = 'topology' | 'me' | 'create-instance';

export const ENDPOINTS: Record<ApiEndpoint, { method: 'GET' | 'POST'; path: string; label: string }> = {
  topology: { method: 'GET', path: '/v2/topology', label: 'GET /v2/topology (cluster topology)' },
  me: { method: 'GET', path: '/v2/authentication/me', label: 'GET /v2/authentication/me (who the token says you are)' },
  'create-instance': { method: 'POST', path: '/v2/process-instances', label: 'POST /v2/process-instances (start a process)' },
};

export interface VariantInfo {
  id: CallVariant;
  label: string;
  /** The status the mock answers with. */
  expectedStatus: number;
  /** What this case changes, in a sentence. */
  change: string;
}

export const FAILURE_VARIANTS: readonly VariantInfo[] = [
  { id: 'no-token', label: 'No token', expectedStatus: 401, change: 'The call is sent without an Authorization header.' },
  { id: 'expired', label: 'Expired token', expectedStatus: 401, change: 'The same claims, re-signed by the mock with exp one hour ago.' },
  { id: 'other-audience', label: 'Other audience', expectedStatus: 401, change: 'The same claims, re-signed with aud "tasklist.camunda.io", as a token requested for Tasklist would have.' },
  { id: 'tampered', label: 'Tampered signature', expectedStatus: 401, change: 'The payload is edited (exp moved a year ahead) but the old signature is kept.' },
  { id: 'other-cluster', label: 'Other cluster', expectedStatus: 401, change: "The same claims, re-signed for another cluster, as a token of another cluster's client would be." },
  { id: 'no-authorization', label: 'Missing authorization', expectedStatus: 403, change: "A valid token starts a process instance while the mock's authorization switch is off." },
];

/** A cluster id no reader's credentials will have. */
const OTHER_CLUSTER_ID = '00000000-0000-4000-8000-000000000000';

export interface PreparedCall {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  body: string;
  /** The bearer token sent, or null. */
  token: string | null;
  /** Turn the authorization off for this one call. */
  withoutAuthorization: boolean;
}

export interface PrepareCallInput {
  variant: CallVariant;
  endpoint: ApiEndpoint;
  token: string | null;
  /** `https://<region>.zeebe.camunda.io/<clusterId>`, without `/v2`. */
  restAddress: string;
  /** Clock time in ms. */
  now: number;
  /** Signs claims with the mock's key (AuthServer.signClaims). */
  sign: (claims: JWTPayload) => Promise<string>;
}

export class CallSetupError extends Error {
  readonly code = 'ERR_CALL_SETUP';
  constructor(message: string) {
    super(message);
    this.name = 'CallSetupError';
  }
}

function payloadOf(token: string): JWTPayload {
  const parts = token.split('.');
  try {
    if (parts.length !== 3) throw new Error('parts');
    return JSON.parse(new TextDecoder().decode(base64url.decode(parts[1]))) as JWTPayload;
  } catch {
    throw new CallSetupError('This case starts from a JWT, and the token field does not hold one. Request a token in step 2, or paste an access_token.');
  }
}

async function variantToken(input: PrepareCallInput, token: string): Promise<string> {
  const seconds = Math.floor(input.now / 1000);
  switch (input.variant) {
    case 'expired': {
      const claims = payloadOf(token);
      const lifetime = typeof claims.exp === 'number' && typeof claims.iat === 'number' ? claims.exp - claims.iat : 86_400;
      return input.sign({ ...claims, iat: seconds - 3600 - lifetime, exp: seconds - 3600 });
    }
    case 'other-audience':
      return input.sign({ ...payloadOf(token), aud: 'tasklist.camunda.io' });
    case 'other-cluster':
      return input.sign({ ...payloadOf(token), 'https://camunda.com/clusterId': OTHER_CLUSTER_ID, scope: OTHER_CLUSTER_ID });
    case 'tampered': {
      const claims = payloadOf(token);
      const edited = { ...claims, exp: (typeof claims.exp === 'number' ? claims.exp : seconds) + 365 * 86_400 };
      const [header, , signature] = token.split('.');
      return `${header}.${base64url.encode(JSON.stringify(edited))}.${signature}`;
    }
    default:
      return token;
  }
}

export async function prepareCall(input: PrepareCallInput): Promise<PreparedCall> {
  const endpoint = ENDPOINTS[input.variant === 'no-authorization' ? 'create-instance' : input.endpoint];
  const headers: Record<string, string> = { Accept: 'application/json' };
  let token: string | null = null;
  if (input.variant !== 'no-token') {
    const given = input.token?.trim();
    if (!given) throw new CallSetupError('No token yet: request one in step 2 (it lands here), or paste an access_token into the token field.');
    token = await variantToken(input, given);
    headers.Authorization = `Bearer ${token}`;
  }
  const body = endpoint.method === 'POST' ? JSON.stringify({ processDefinitionId: 'order-process' }) : '';
  if (body) headers['Content-Type'] = 'application/json';
  return { method: endpoint.method, url: `${input.restAddress.replace(/\/+$/, '')}${endpoint.path}`, headers, body, token, withoutAuthorization: input.variant === 'no-authorization' };
}

/**
 * Where to send the call: the loaded credentials' REST address; without credentials, the SaaS
 * address of the cluster the token names (in the mock's default region).
 */
export function restAddressForCall(credentials: { zeebeRestAddress?: string; clusterId: string; region: string } | undefined, token: string | null, defaultRegion: string): string | null {
  if (credentials) return credentials.zeebeRestAddress || `https://${credentials.region}.zeebe.camunda.io/${credentials.clusterId}`;
  if (!token) return null;
  try {
    const cluster = payloadOf(token)['https://camunda.com/clusterId'];
    return typeof cluster === 'string' ? `https://${defaultRegion}.zeebe.camunda.io/${cluster}` : null;
  } catch {
    return null;
  }
}
