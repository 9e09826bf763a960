import { AUDIENCES } from '../credentials/model';
import { CAMUNDA_CLAIMS } from './claims';
import { formatDuration } from '../time/duration';
import { analyseTokenTimes } from './tokenTimes';

export type CamundaApi = keyof typeof AUDIENCES;

export const CAMUNDA_SAAS_ISSUER = 'https://weblogin.cloud.camunda.io/';

const CAMUNDA_API_NAMES: Record<CamundaApi, string> = {
  zeebe: 'Zeebe (Orchestration API)',
  tasklist: 'Tasklist',
  operate: 'Operate',
  optimize: 'Optimize',
  console: 'the Administration (Console) API',
};

type CamundaCheckId = 'audience' | 'cluster-id' | 'client-id' | 'not-expired' | 'issuer' | 'grant-type';

export interface CamundaCheck {
  id: CamundaCheckId;
  title: string;
  status: 'pass' | 'fail' | 'skip';
  /** What the result means and, for a failure, how to fix it. */
  explanation: string;
}

export interface CamundaCheckOptions {
  /** Epoch milliseconds. */
  now: number;
  /** The API the user means to call; without it the audience is only identified. */
  expectedApi?: CamundaApi;
  /** From the loaded credentials file; checks that need a missing value are skipped. */
  credentials?: { clusterId?: string; clientId?: string };
  /** Issuers to accept; default: Camunda SaaS only. Add the mock server's issuer in the playground. */
  allowedIssuers?: readonly string[];
  clockToleranceSeconds?: number;
}

const LEGACY_ZEEBE_AUDIENCE = /^([^.]+)\.([a-z]+-\d+)\.zeebe\.camunda\.io$/;

/** Which Camunda API an audience value is for (the legacy `<cluster>.<region>.zeebe.camunda.io` is Zeebe). */
export function apiForAudience(aud: string): CamundaApi | undefined {
  const entry = Object.entries(AUDIENCES).find(([, value]) => value === aud);
  if (entry) return entry[0] as CamundaApi;
  return LEGACY_ZEEBE_AUDIENCE.test(aud) ? 'zeebe' : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Checks a decoded payload against what Camunda SaaS issues and what the user's credentials say. */
export function runCamundaChecks(payload: unknown, options: CamundaCheckOptions): CamundaCheck[] {
  if (!payload || typeof payload !== 'object' || Array.isArray(payload)) {
    const ids: [CamundaCheckId, string][] = [
      ['audience', 'Audience fits the API'], ['cluster-id', 'Cluster id matches your credentials'],
      ['client-id', 'Client id matches your credentials'], ['not-expired', 'Not expired'],
      ['issuer', 'Issued by Camunda'], ['grant-type', 'Client-credentials grant'],
    ];
    return ids.map(([id, title]) => ({ id, title, status: 'skip', explanation: 'The token\'s claims could not be read, so there is nothing to check.' }));
  }
  const claims = payload as Record<string, unknown>;
  return [
    checkAudience(claims, options),
    checkClusterId(claims, options),
    checkClientId(claims, options),
    checkTime(claims, options),
    checkIssuer(claims, options),
    checkGrantType(claims),
  ];
}

function checkAudience(claims: Record<string, unknown>, { expectedApi, credentials }: CamundaCheckOptions): CamundaCheck {
  const title = expectedApi ? `Audience fits ${CAMUNDA_API_NAMES[expectedApi]}` : 'Audience is a Camunda API';
  const auds = (Array.isArray(claims.aud) ? claims.aud : [claims.aud]).filter((a): a is string => typeof a === 'string');
  if (auds.length === 0) {
    return { id: 'audience', title, status: 'fail', explanation: 'The token has no "aud" claim, so no Camunda API will accept it. Request the token with an "audience" parameter, e.g. zeebe.camunda.io.' };
  }
  const shown = auds.join(', ');
  const apis = auds.map(apiForAudience);
  if (!expectedApi) {
    const known = apis.filter((a): a is CamundaApi => a !== undefined);
    return known.length > 0
      ? { id: 'audience', title, status: 'pass', explanation: `The token is for ${known.map((a) => CAMUNDA_API_NAMES[a]).join(' and ')} (aud ${shown}); other Camunda APIs will reject it.` }
      : { id: 'audience', title, status: 'fail', explanation: `The audience ${shown} is not a Camunda SaaS API. Request the token with audience zeebe.camunda.io (or tasklist/operate/optimize.camunda.io, api.cloud.camunda.io).` };
  }
  const matching = auds.filter((aud, i) => apis[i] === expectedApi);
  const legacyCluster = matching.map((aud) => LEGACY_ZEEBE_AUDIENCE.exec(aud)?.[1]).find(Boolean);
  if (matching.length > 0 && legacyCluster && credentials?.clusterId && legacyCluster !== credentials.clusterId) {
    return { id: 'audience', title, status: 'fail', explanation: `The audience ${matching[0]} names cluster ${legacyCluster}, not your cluster ${credentials.clusterId}. Use the audience zeebe.camunda.io, or the address of your own cluster.` };
  }
  if (matching.length > 0) {
    return { id: 'audience', title, status: 'pass', explanation: `The audience ${matching[0]} is the one ${CAMUNDA_API_NAMES[expectedApi]} expects.${legacyCluster ? ' It is the older cluster-specific form, still accepted.' : ''}` };
  }
  const actual = apis.find((a): a is CamundaApi => a !== undefined);
  const isFor = actual ? `is for ${CAMUNDA_API_NAMES[actual]} (aud ${shown})` : `has the audience ${shown}`;
  return {
    id: 'audience',
    title,
    status: 'fail',
    explanation: `The token ${isFor}, so ${CAMUNDA_API_NAMES[expectedApi]} will answer 401 Unauthorized. Request a separate token with audience ${AUDIENCES[expectedApi]}; clients keep one token per audience.`,
  };
}

function checkClusterId(claims: Record<string, unknown>, { credentials }: CamundaCheckOptions): CamundaCheck {
  const id = 'cluster-id';
  const title = 'Cluster id matches your credentials';
  const inToken = text(claims[CAMUNDA_CLAIMS.clusterId]);
  const expected = credentials?.clusterId?.trim();
  if (!expected) {
    return { id, title, status: 'skip', explanation: inToken ? `The token is for cluster ${inToken}. Load your credentials to compare it with CAMUNDA_CLUSTER_ID.` : 'Load your credentials to compare the token\'s cluster with CAMUNDA_CLUSTER_ID.' };
  }
  if (!inToken) {
    return { id, title, status: 'fail', explanation: `The token has no ${CAMUNDA_CLAIMS.clusterId} claim, which Camunda SaaS cluster tokens carry. It was probably issued by another server or for another audience.` };
  }
  if (inToken.toLowerCase() === expected.toLowerCase()) {
    return { id, title, status: 'pass', explanation: `The token is for cluster ${inToken}, the one in your credentials.` };
  }
  return { id, title, status: 'fail', explanation: `The token is for cluster ${inToken}, but your credentials are for cluster ${expected}. The client was created in another cluster: use the credentials from this cluster's API tab in Console, or the matching address.` };
}

function checkClientId(claims: Record<string, unknown>, { credentials }: CamundaCheckOptions): CamundaCheck {
  const id = 'client-id';
  const title = 'Client id matches your credentials';
  const fromSub = text(claims.sub)?.replace(/@clients$/, '');
  const inToken = text(claims[CAMUNDA_CLAIMS.clientId]) ?? text(claims.azp) ?? fromSub;
  const expected = credentials?.clientId?.trim();
  if (!expected) {
    return { id, title, status: 'skip', explanation: inToken ? `The token was issued to client ${inToken}. Load your credentials to compare it with ZEEBE_CLIENT_ID.` : 'Load your credentials to compare the token\'s client with ZEEBE_CLIENT_ID.' };
  }
  if (!inToken) {
    return { id, title, status: 'fail', explanation: `The token names no client (${CAMUNDA_CLAIMS.clientId}, azp or sub). Camunda SaaS tokens always do.` };
  }
  if (inToken === expected) {
    return { id, title, status: 'pass', explanation: `The token was issued to client ${inToken}, the one in your credentials.` };
  }
  return { id, title, status: 'fail', explanation: `The token was issued to client ${inToken}, but your credentials hold client ${expected}. A cached token of another client is being used: tools that share a cache file (such as ~/.camunda/credentials) overwrite each other's tokens. Clear the cache or give each tool its own.` };
}

function checkTime(claims: Record<string, unknown>, { now, clockToleranceSeconds }: CamundaCheckOptions): CamundaCheck {
  const id = 'not-expired';
  const title = 'Not expired';
  const times = analyseTokenTimes(claims, now, { clockToleranceSeconds });
  switch (times.state) {
    case 'valid':
      return { id, title, status: 'pass', explanation: `The token is valid for another ${formatDuration(times.msUntilExpiry ?? 0)}.` };
    case 'expired':
      return { id, title, status: 'fail', explanation: `The token expired ${formatDuration(-(times.msUntilExpiry ?? 0))} ago; Zeebe answers 401 Unauthorized. Request a new one. A client should renew shortly before "exp" and cache the new token (the token endpoint is rate limited).` };
    case 'not-yet-valid':
      return { id, title, status: 'fail', explanation: `The token is not valid yet (${times.claims.nbf?.relative}). This computer's clock is probably behind: synchronise it.` };
    default:
      return { id, title, status: 'fail', explanation: 'The token has no usable "exp" claim. Camunda SaaS tokens always expire after 24 hours; this one was not issued by Camunda SaaS.' };
  }
}

function checkIssuer(claims: Record<string, unknown>, { allowedIssuers = [CAMUNDA_SAAS_ISSUER] }: CamundaCheckOptions): CamundaCheck {
  const id = 'issuer';
  const title = 'Issued by Camunda';
  const iss = text(claims.iss);
  const list = allowedIssuers.join(' or ');
  if (!iss) return { id, title, status: 'fail', explanation: `The token has no "iss" claim; expected ${list}.` };
  if (allowedIssuers.includes(iss)) return { id, title, status: 'pass', explanation: `Issued by ${iss}, a trusted issuer.` };
  const slashOnly = allowedIssuers.find((a) => a.replace(/\/$/, '') === iss.replace(/\/$/, ''));
  if (slashOnly) {
    return { id, title, status: 'fail', explanation: `The issuer is "${iss}" but "${slashOnly}" is expected. Issuers are compared exactly, so the trailing slash matters: fix the expected issuer in your configuration.` };
  }
  return { id, title, status: 'fail', explanation: `The token was issued by ${iss}, not by ${list}. Camunda SaaS only accepts its own tokens: request the token from the authorization server in your credentials file (ZEEBE_AUTHORIZATION_SERVER_URL).` };
}

function checkGrantType(claims: Record<string, unknown>): CamundaCheck {
  const id = 'grant-type';
  const title = 'Client-credentials grant';
  const gty = claims.gty;
  if (gty === 'client-credentials') {
    return { id, title, status: 'pass', explanation: 'The token came from the client-credentials grant: a machine logged in with its client id and secret.' };
  }
  if (gty === undefined) {
    return { id, title, status: 'fail', explanation: 'The token has no "gty" claim. Camunda SaaS machine tokens carry gty "client-credentials"; tokens from other servers (Self-Managed, other identity providers) may leave it out.' };
  }
  return { id, title, status: 'fail', explanation: `The grant type is ${JSON.stringify(gty)}, not "client-credentials". This token was issued to a user or another flow; API clients should use their client id and secret (grant_type=client_credentials).` };
}
