/** Public face of the mock auth server core; see authServer.ts for the facade. */
export { createAuthServer, type AuthServer, type AuthServerOptions, type TokenHttpRequest } from './authServer';
export { AuthServerConfigError, TokenRequestError, type OAuthErrorBody, type OAuthErrorCode } from './errors';
export type { AuthServerEvent, AuthServerListener, RequestKind, RequestOutcome } from './events';
export { NO_FAULTS, type FaultSettings } from './faults';
export type { MockHttpResponse } from './httpResponses';
export { DEFAULT_ISSUER, DEFAULT_TOKEN_LIFETIME_SECONDS, type CamundaTokenClaims } from './issueToken';
export { createSigningKeys, type JsonWebKeySet, type SigningKeys } from './keys';
export { MAX_TOKEN_BODY_BYTES } from './parseTokenRequest';
export { type ClientRegistry, type MockClient, type MockClientInput } from './clientRegistry';
export { type AuthServerSettings, type SettingsChange } from './settings';
export { explainTokenResponse, type TokenResponseExplanation, type TokenResponseInput } from './explainResponse';
export { formatMockCredentialsFile } from './credentialsFile';
export { DEFAULT_RATE_LIMIT, type LimiterSnapshot } from './rateLimiter';
export { DEFAULT_TARPIT } from './tarpit';
