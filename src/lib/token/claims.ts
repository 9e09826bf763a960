/**
 * What each header parameter and claim means, with a link to where it is defined, so the inspector
 * can explain every line of a decoded token. Camunda's own claims are listed with what SaaS puts in them.
 */
export type ClaimLocation = 'header' | 'payload';
type ClaimOrigin = 'JWT' | 'JWS' | 'JWE' | 'OAuth' | 'OIDC' | 'Auth0' | 'Camunda';

export interface ClaimInfo {
  name: string;
  location: ClaimLocation;
  title: string;
  /** One line in plain words. */
  explanation: string;
  /** What Camunda SaaS puts there, when that is worth saying. */
  camundaNote?: string;
  specUrl: string;
  specLabel: string;
  origin: ClaimOrigin;
  /** Seconds since 1970 UTC: show it as a date. */
  isTime?: boolean;
}

export const CAMUNDA_CLAIMS = {
  clusterId: 'https://camunda.com/clusterId',
  orgId: 'https://camunda.com/orgId',
  clientId: 'https://camunda.com/clientId',
} as const;

const rfc = (n: number, section: string) => `https://www.rfc-editor.org/rfc/rfc${n}#section-${section}`;
const OIDC_ID_TOKEN = 'https://openid.net/specs/openid-connect-core-1_0.html#IDToken';
const CAMUNDA_CREDENTIALS_DOCS = 'https://docs.camunda.io/docs/guides/setup-client-connection-credentials/';

type Entry = Omit<ClaimInfo, 'location'>;

const PAYLOAD: Entry[] = [
  { name: 'iss', title: 'Issuer', origin: 'JWT', specUrl: rfc(7519, '4.1.1'), specLabel: 'RFC 7519 §4.1.1',
    explanation: 'Who issued and signed the token. A verifier accepts only issuers it trusts and fetches their keys.',
    camundaNote: 'Camunda SaaS: https://weblogin.cloud.camunda.io/ (with the trailing slash).' },
  { name: 'sub', title: 'Subject', origin: 'JWT', specUrl: rfc(7519, '4.1.2'), specLabel: 'RFC 7519 §4.1.2',
    explanation: 'Whom the token is about: a user, or for machine tokens the client itself.',
    camundaNote: 'Camunda SaaS machine tokens: "<client id>@clients".' },
  { name: 'aud', title: 'Audience', origin: 'JWT', specUrl: rfc(7519, '4.1.3'), specLabel: 'RFC 7519 §4.1.3',
    explanation: 'Which API the token is meant for (a string or a list). An API rejects tokens that name another audience.',
    camundaNote: 'zeebe.camunda.io for Zeebe, tasklist/operate/optimize.camunda.io for the components, api.cloud.camunda.io for the Administration API.' },
  { name: 'exp', title: 'Expiration time', origin: 'JWT', isTime: true, specUrl: rfc(7519, '4.1.4'), specLabel: 'RFC 7519 §4.1.4',
    explanation: 'The moment (seconds since 1970 UTC) from which the token must be refused. Clients renew a little before it.',
    camundaNote: 'Camunda SaaS: 24 hours after iat.' },
  { name: 'nbf', title: 'Not before', origin: 'JWT', isTime: true, specUrl: rfc(7519, '4.1.5'), specLabel: 'RFC 7519 §4.1.5',
    explanation: 'The moment (seconds since 1970 UTC) before which the token must not be accepted.' },
  { name: 'iat', title: 'Issued at', origin: 'JWT', isTime: true, specUrl: rfc(7519, '4.1.6'), specLabel: 'RFC 7519 §4.1.6',
    explanation: 'When the token was issued (seconds since 1970 UTC); with exp it gives the lifetime.' },
  { name: 'jti', title: 'JWT ID', origin: 'JWT', specUrl: rfc(7519, '4.1.7'), specLabel: 'RFC 7519 §4.1.7',
    explanation: 'A unique identifier of this token, which lets a server detect replays or revoke one token.' },
  { name: 'azp', title: 'Authorized party', origin: 'OIDC', specUrl: OIDC_ID_TOKEN, specLabel: 'OpenID Connect Core §2',
    explanation: 'The client the token was issued to.', camundaNote: 'Camunda SaaS: the client id.' },
  { name: 'scope', title: 'Scope', origin: 'OAuth', specUrl: rfc(8693, '4.2'), specLabel: 'RFC 8693 §4.2',
    explanation: 'The permissions granted, as a space-separated list.', camundaNote: 'Camunda SaaS Zeebe tokens: the cluster id.' },
  { name: 'client_id', title: 'Client identifier', origin: 'OAuth', specUrl: rfc(8693, '4.3'), specLabel: 'RFC 8693 §4.3',
    explanation: 'The OAuth client that requested the token.' },
  { name: 'gty', title: 'Grant type', origin: 'Auth0', specUrl: rfc(6749, '4.4'), specLabel: 'RFC 6749 §4.4 (the grant; gty itself is an Auth0 claim)',
    explanation: 'How the token was obtained; "client-credentials" means a machine logged in with its client id and secret.',
    camundaNote: 'Camunda SaaS: client-credentials.' },
  { name: 'auth_time', title: 'Authentication time', origin: 'OIDC', isTime: true, specUrl: OIDC_ID_TOKEN, specLabel: 'OpenID Connect Core §2',
    explanation: 'When the user last actually logged in (seconds since 1970 UTC); absent from machine tokens.' },
  { name: 'nonce', title: 'Nonce', origin: 'OIDC', specUrl: OIDC_ID_TOKEN, specLabel: 'OpenID Connect Core §2',
    explanation: 'A random value from the login request, echoed so the client can reject replayed ID tokens.' },
  { name: 'acr', title: 'Authentication context class', origin: 'OIDC', specUrl: OIDC_ID_TOKEN, specLabel: 'OpenID Connect Core §2',
    explanation: 'How strong the user\'s login was, as the issuer classifies it.' },
  { name: 'amr', title: 'Authentication methods', origin: 'OIDC', specUrl: OIDC_ID_TOKEN, specLabel: 'OpenID Connect Core §2',
    explanation: 'Which methods the user logged in with (e.g. "pwd", "mfa").' },
  { name: CAMUNDA_CLAIMS.clusterId, title: 'Camunda cluster id', origin: 'Camunda', specUrl: CAMUNDA_CREDENTIALS_DOCS, specLabel: 'Camunda docs: client credentials',
    explanation: 'The cluster this client belongs to; it must equal CAMUNDA_CLUSTER_ID in your credentials file.' },
  { name: CAMUNDA_CLAIMS.orgId, title: 'Camunda organization id', origin: 'Camunda', specUrl: CAMUNDA_CREDENTIALS_DOCS, specLabel: 'Camunda docs: client credentials',
    explanation: 'The Camunda organization that owns the cluster and the client.' },
  { name: CAMUNDA_CLAIMS.clientId, title: 'Camunda client id', origin: 'Camunda', specUrl: CAMUNDA_CREDENTIALS_DOCS, specLabel: 'Camunda docs: client credentials',
    explanation: 'The API client that asked for the token; it must equal ZEEBE_CLIENT_ID in your credentials file.' },
];

const HEADER: Entry[] = [
  { name: 'alg', title: 'Algorithm', origin: 'JWS', specUrl: rfc(7515, '4.1.1'), specLabel: 'RFC 7515 §4.1.1',
    explanation: 'How the token was signed. A verifier must accept only the algorithms it expects, never "none" (RFC 8725 §3.1).',
    camundaNote: 'Camunda SaaS tokens are expected to use RS256.' },
  { name: 'typ', title: 'Type', origin: 'JWS', specUrl: rfc(7519, '5.1'), specLabel: 'RFC 7519 §5.1',
    explanation: 'The media type of the whole token: "JWT", or "at+jwt" for access tokens (RFC 9068). Explicit types stop one kind of token being used as another (RFC 8725 §3.11).' },
  { name: 'cty', title: 'Content type', origin: 'JWS', specUrl: rfc(7519, '5.2'), specLabel: 'RFC 7519 §5.2',
    explanation: 'Set to "JWT" only when the payload is itself a nested token; normally absent.' },
  { name: 'kid', title: 'Key ID', origin: 'JWS', specUrl: rfc(7515, '4.1.4'), specLabel: 'RFC 7515 §4.1.4',
    explanation: 'Names the key that signed the token, so a verifier can pick it from the issuer\'s key set (JWKS).' },
  { name: 'jku', title: 'JWK Set URL', origin: 'JWS', specUrl: rfc(7515, '4.1.2'), specLabel: 'RFC 7515 §4.1.2',
    explanation: 'A URL of the signer\'s key set. Verifiers must not fetch keys from a URL the token itself names unless it is on an allow-list.' },
  { name: 'jwk', title: 'JSON Web Key', origin: 'JWS', specUrl: rfc(7515, '4.1.3'), specLabel: 'RFC 7515 §4.1.3',
    explanation: 'The signer\'s public key embedded in the header. Trusting it blindly lets anyone sign tokens.' },
  { name: 'x5u', title: 'X.509 URL', origin: 'JWS', specUrl: rfc(7515, '4.1.5'), specLabel: 'RFC 7515 §4.1.5',
    explanation: 'A URL of the signer\'s certificate chain.' },
  { name: 'x5c', title: 'X.509 certificate chain', origin: 'JWS', specUrl: rfc(7515, '4.1.6'), specLabel: 'RFC 7515 §4.1.6',
    explanation: 'The signer\'s certificate chain embedded in the header (base64 DER).' },
  { name: 'x5t', title: 'X.509 SHA-1 thumbprint', origin: 'JWS', specUrl: rfc(7515, '4.1.7'), specLabel: 'RFC 7515 §4.1.7',
    explanation: 'Identifies the signing certificate by its SHA-1 hash.' },
  { name: 'x5t#S256', title: 'X.509 SHA-256 thumbprint', origin: 'JWS', specUrl: rfc(7515, '4.1.8'), specLabel: 'RFC 7515 §4.1.8',
    explanation: 'Identifies the signing certificate by its SHA-256 hash.' },
  { name: 'crit', title: 'Critical', origin: 'JWS', specUrl: rfc(7515, '4.1.11'), specLabel: 'RFC 7515 §4.1.11',
    explanation: 'Header extensions the verifier must understand; if it does not, it must reject the token.' },
  { name: 'enc', title: 'Encryption algorithm', origin: 'JWE', specUrl: rfc(7516, '4.1.2'), specLabel: 'RFC 7516 §4.1.2',
    explanation: 'How the content of an encrypted token (JWE) is encrypted; its presence means the claims are not readable.' },
];

export const CLAIM_CATALOGUE: readonly ClaimInfo[] = [
  ...HEADER.map((e) => ({ ...e, location: 'header' as const })),
  ...PAYLOAD.map((e) => ({ ...e, location: 'payload' as const })),
];

/** The catalogue entry for a header parameter or claim, or undefined for a private or unknown name. */
export function describeClaim(name: string, location: ClaimLocation = 'payload'): ClaimInfo | undefined {
  return CLAIM_CATALOGUE.find((c) => c.name === name && c.location === location);
}
