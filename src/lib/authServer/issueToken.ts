/**
 * Sign an access token shaped like the ones Camunda SaaS issues to API clients (see the anonymised
 * real token in the domain notes): Auth0-style `sub`/`azp`/`gty`, the cluster id as `scope`, and
 * Camunda's namespaced claims.
 */
import { SignJWT, type JWTPayload } from 'jose';
import { SIGNING_ALGORITHM, type SigningKeys } from './keys';

export const DEFAULT_ISSUER = 'https://weblogin.cloud.camunda.io/';
export const DEFAULT_TOKEN_LIFETIME_SECONDS = 86_400;

interface CamundaTokenClaims extends JWTPayload {
  'https://camunda.com/clusterId': string;
  'https://camunda.com/orgId': string;
  'https://camunda.com/clientId': string;
  iss: string;
  sub: string;
  aud: string;
  iat: number;
  exp: number;
  scope: string;
  gty: 'client-credentials';
  azp: string;
}

export interface IssueTokenInput {
  keys: SigningKeys;
  issuer: string;
  clientId: string;
  clusterId: string;
  orgId: string;
  audience: string;
  /** Clock time in ms. */
  now: number;
  lifetimeSeconds: number;
  /** Added to iat and exp (fault injection); expires_in is unaffected. */
  skewSeconds?: number;
}

export interface IssuedToken {
  accessToken: string;
  expiresIn: number;
  scope: string;
  claims: CamundaTokenClaims;
}

function buildClaims(input: Omit<IssueTokenInput, 'keys'>): CamundaTokenClaims {
  const iat = Math.floor(input.now / 1000) + (input.skewSeconds ?? 0);
  return {
    'https://camunda.com/clusterId': input.clusterId,
    'https://camunda.com/orgId': input.orgId,
    'https://camunda.com/clientId': input.clientId,
    iss: input.issuer,
    sub: `${input.clientId}@clients`,
    aud: input.audience,
    iat,
    exp: iat + input.lifetimeSeconds,
    scope: input.clusterId,
    gty: 'client-credentials',
    azp: input.clientId,
  };
}

export async function issueToken(input: IssueTokenInput): Promise<IssuedToken> {
  const claims = buildClaims(input);
  const accessToken = await new SignJWT(claims)
    .setProtectedHeader({ alg: SIGNING_ALGORITHM, typ: 'JWT', kid: input.keys.kid })
    .sign(input.keys.privateKey);
  return { accessToken, expiresIn: input.lifetimeSeconds, scope: claims.scope, claims };
}
