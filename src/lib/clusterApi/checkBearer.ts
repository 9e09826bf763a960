/**
 * The resource-server side of the flow: check a bearer token the way a cluster's API gateway does
 * before it runs a call. Each failure is a ClusterApiError whose message says how to fix it.
 */
import { createLocalJWKSet, errors as joseErrors, jwtVerify, type JWTPayload } from 'jose';
import { AUDIENCES } from '../credentials/model';
import type { JsonWebKeySet } from '../authServer/keys';
import { ClusterApiError } from './problem';

/**
 * Default allowance for clocks that disagree, in seconds, for exp, nbf and iat. The mock's choice:
 * 60 s is Spring Security's JwtTimestampValidator default; what SaaS allows is not published.
 */
export const CLOCK_SKEW_SECONDS = 60;

const CLUSTER_CLAIM = 'https://camunda.com/clusterId';

export interface BearerCheckInput {
  authorization: string | null;
  jwks: JsonWebKeySet;
  issuer: string;
  /** The cluster the URL names. */
  clusterId: string;
  region: string | null;
  /** Clock time in ms. */
  now: number;
  skewSeconds?: number;
}

const unauthorized = (code: ConstructorParameters<typeof ClusterApiError>[0], message: string) => new ClusterApiError(code, 401, 'UNAUTHORIZED', message);

/** The token from `Authorization: Bearer <token>`, or an error saying what is wrong with the header. */
function readBearer(authorization: string | null): string {
  if (authorization === null || authorization.trim() === '') {
    throw unauthorized('missing_token', 'No access token: send the header "Authorization: Bearer <access_token>" with the token from the token endpoint.');
  }
  const m = /^Bearer[ ]+([A-Za-z0-9\-._~+/]+=*)\s*$/i.exec(authorization.trim());
  if (!m) {
    const scheme = authorization.trim().split(/\s+/)[0].slice(0, 20);
    throw unauthorized('malformed_header', `The Authorization header must be "Bearer <access_token>"; it starts with "${scheme}". Send the access_token value only, without quotes or the word "Bearer" twice.`);
  }
  return m[1];
}

function checkAudience(aud: JWTPayload['aud'], clusterId: string, region: string | null): void {
  const list = Array.isArray(aud) ? aud : aud === undefined ? [] : [aud];
  const legacy = (a: string) => a.startsWith(`${clusterId}.`) && a.endsWith('.zeebe.camunda.io') && (region === null || a === `${clusterId}.${region}.zeebe.camunda.io`);
  if (list.some((a) => a === AUDIENCES.zeebe || legacy(a))) return;
  throw unauthorized('wrong_audience', `The token's audience is "${list.join(', ') || '(none)'}", which this API does not accept. Request the token with audience "${AUDIENCES.zeebe}" (ZEEBE_TOKEN_AUDIENCE).`);
}

function checkCluster(payload: JWTPayload, clusterId: string): void {
  const claimed = payload[CLUSTER_CLAIM];
  if (typeof claimed === 'string' && claimed.toLowerCase() === clusterId) return;
  throw unauthorized('wrong_cluster', `The token was issued for cluster ${typeof claimed === 'string' ? claimed : '(none)'}, but this URL is cluster ${clusterId}. Use the client credentials of this cluster, or the REST address of the token's cluster.`);
}

/** Translate jose's verdicts into the mock's errors. */
function explainJoseError(error: unknown, now: number, skew: number): ClusterApiError {
  if (error instanceof joseErrors.JWTExpired) {
    const exp = typeof error.payload.exp === 'number' ? error.payload.exp : NaN;
    const ago = Math.round(now / 1000 - exp);
    return unauthorized('expired', `The token expired ${Number.isFinite(ago) ? `${ago} s ago` : ''} (exp plus ${skew} s of clock-skew allowance has passed). Request a new token; cache tokens and renew them before they expire.`.replace('  ', ' '));
  }
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    if (error.claim === 'nbf') return unauthorized('not_yet_valid', `The token is not valid yet (nbf is more than ${skew} s ahead). Check the clock of the machine that calls the API.`);
    if (error.claim === 'iss') return unauthorized('wrong_issuer', 'The token was issued by another authorization server. Request it from the token URL in the credentials file (ZEEBE_AUTHORIZATION_SERVER_URL).');
    return unauthorized('malformed_token', `The token's claims are invalid (${error.message}). Request a new token.`);
  }
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) {
    return unauthorized('bad_signature', 'The token\'s signature does not match its content: it was changed after it was issued, or cut when copied. Send the access_token exactly as received.');
  }
  if (error instanceof joseErrors.JWKSNoMatchingKey) {
    return unauthorized('unknown_key', 'The token was signed with a key this cluster does not know (its "kid" is not in the issuer\'s JWKS). Request a new token from this environment\'s token URL.');
  }
  return unauthorized('malformed_token', 'The bearer value is not a signed JWT (three base64url parts separated by dots). Send the access_token field of the token response, not the whole JSON or the client secret.');
}

/** Verify the token; returns its claims or throws a ClusterApiError. */
export async function checkBearer(input: BearerCheckInput): Promise<JWTPayload> {
  const token = readBearer(input.authorization);
  const skew = input.skewSeconds ?? CLOCK_SKEW_SECONDS;
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, createLocalJWKSet(input.jwks), {
      issuer: input.issuer,
      algorithms: ['RS256'],
      clockTolerance: skew,
      currentDate: new Date(input.now),
      requiredClaims: ['exp'],
    }));
  } catch (error) {
    throw explainJoseError(error, input.now, skew);
  }
  // jose checks iat only with maxTokenAge; a token from the future is still refused here.
  if (typeof payload.iat === 'number' && payload.iat > input.now / 1000 + skew) {
    throw unauthorized('issued_in_future', `The token says it was issued in the future (iat more than ${skew} s ahead). Check the clocks.`);
  }
  checkAudience(payload.aud, input.clusterId, input.region);
  checkCluster(payload, input.clusterId);
  return payload;
}
