/**
 * The mock Camunda auth server: one framework-free object that the MSW handlers (browser and
 * tests) and the local HTTP server all call. It never reads the clock or sleeps by itself: time
 * comes from `clock`, and delays are returned for the adapter to apply.
 */
import { DEFAULT_REGION } from '../credentials/model';
import { classifyAudience, refuseAudience, suggestAudience } from './audiences';
import { bytesFromFraction, cryptoRandom, randomFraction, randomUuid } from '../random/randomSource';
import { createClientRegistry, type ClientRegistry, type MockClientInput } from './clientRegistry';
import { AuthServerConfigError, invalidClient, TokenRequestError } from './errors';
import { createEventBus, type AuthServerEvent, type AuthServerListener, type RequestOutcome } from './events';
import { NO_FAULTS, pickFault, updateFaults, type FaultSettings } from './faults';
import { errorResponse, jsonResponse, preflightResponse, publicJsonResponse, retryAfterSeconds, type MockHttpResponse } from './httpResponses';
import { issueToken } from './issueToken';
import { SignJWT, type JWTPayload } from 'jose';
import { buildJwks, createSigningKeys, SIGNING_ALGORITHM, type JsonWebKeySet, type SigningKeys } from './keys';
import { parseTokenRequest, type TokenRequest } from './parseTokenRequest';
import { createRateLimiter, type LimiterSnapshot, type RateLimiter } from './rateLimiter';
import { applySettings, defaultSettings, type AuthServerSettings, type SettingsChange } from './settings';
import { createSettingsStore, type SettingsStore } from './settingsStore';
import { createTarpit } from './tarpit';
import { createTokenUrlSet, matchWellKnown, type WellKnownDocument } from './tokenUrls';

/**
 * The mock cannot check a secret it did not issue: it must not suggest that real credentials are
 * wrong (that advice can make someone delete a client that works).
 */
export const UNKNOWN_CLIENT_DESCRIPTION =
  'Client authentication failed: this mock did not issue this client id, so it cannot check its secret. Real credentials may well be fine; only the real auth service can check them. To get a mock token with them, register the client with the mock (the local server: --client-id and --client-secret, or --accept-any; the playground offers a button).';

export interface AuthServerOptions extends SettingsChange {
  /** Milliseconds since the epoch; adapters pass `Date.now`, tests a fake clock. */
  clock: () => number;
  /** Uniform in [0, 1); drives fault injection and generated ids. Default: WebCrypto. */
  random?: () => number;
  faults?: Partial<FaultSettings>;
  /** Reuse a key pair (tests); otherwise one is generated at start. */
  keys?: SigningKeys | Promise<SigningKeys>;
  clients?: MockClientInput[];
  /** Cluster, org and region for generated clients and `acceptAny` clients. */
  defaults?: { clusterId?: string; orgId?: string; region?: string };
}

/** What an adapter passes in for one token request. */
export interface TokenHttpRequest {
  method: string;
  url: string;
  headers: { get(name: string): string | null };
  /** Raw body; adapters may stop reading after MAX_TOKEN_BODY_BYTES + 1 bytes. */
  body: Uint8Array;
  /** Rate-limit source: the remote address, or "browser" in the page. */
  source: string;
}

export interface AuthServer {
  handleTokenRequest(request: TokenHttpRequest): Promise<MockHttpResponse>;
  /** 405 for other methods on a token URL. */
  handleWrongMethod(method: string, source: string): MockHttpResponse;
  handlePreflight(source: string): MockHttpResponse;
  handleWellKnown(document: WellKnownDocument, source: string): Promise<MockHttpResponse>;
  /** Does this URL belong to the token endpoint (any `.../oauth/token[/]` or a registered URL)? */
  isTokenUrl(url: string): boolean;
  registerTokenUrl(url: string): () => void;
  /** Is this the issuer's JWKS or discovery URL? `anyOrigin` compares the path only. */
  matchWellKnown(url: string, anyOrigin?: boolean): WellKnownDocument | null;
  readonly clients: ClientRegistry;
  getSettings(): AuthServerSettings;
  /** Change settings; a changed rate limit starts with a fresh limiter. Throws AuthServerConfigError. */
  configure(change: SettingsChange): AuthServerSettings;
  getFaults(): FaultSettings;
  /** Settings and faults as one observable store (views subscribe; writers use configure/setFaults). */
  readonly settingsStore: Pick<SettingsStore, 'get' | 'subscribe'>;
  setFaults(change: Partial<FaultSettings>): FaultSettings;
  subscribe(listener: AuthServerListener): () => void;
  peekLimiter(source: string): LimiterSnapshot;
  /** Forget rate-limit and tarpit state (clients, settings and faults stay). */
  reset(): void;
  /**
   * Back to how the server started: its options' settings, faults and clients, a fresh limiter and
   * tarpit. Clients registered since are forgotten. Watchers of the settings store hear of it.
   */
  restoreDefaults(): void;
  getJwks(): Promise<JsonWebKeySet>;
  /**
   * Sign any claims with the mock's key, bypassing every check: the playground uses it to build
   * the failure cases (an expired token, another audience or cluster) that real tokens would be.
   */
  signClaims(claims: JWTPayload): Promise<string>;
  /** Resolves once the signing key exists. */
  ready(): Promise<void>;
}

/** The limiter checks its own options; report a bad value as a configuration error. */
function makeLimiter(options: AuthServerSettings['rateLimit']): RateLimiter {
  try {
    return createRateLimiter(options);
  } catch (error) {
    throw new AuthServerConfigError('ERR_MOCK_INVALID_OPTION', error instanceof Error ? error.message : String(error));
  }
}

export function createAuthServer(options: AuthServerOptions): AuthServer {
  const clock = options.clock;
  const random = options.random ?? (() => randomFraction());
  // Ids and UUIDs come from the site's one random source; a test's `random` drives it repeatably.
  const randomBytes = options.random ? bytesFromFraction(options.random) : cryptoRandom;
  let endpointPinned = options.tokenEndpoint !== undefined;
  let settings = applySettings(defaultSettings(), options, endpointPinned);
  let faults = updateFaults(NO_FAULTS, options.faults ?? {});
  let limiter = makeLimiter(settings.rateLimit);
  const tarpit = createTarpit(() => settings.tarpit);
  const store = createSettingsStore(settings, faults);
  const events = createEventBus();
  const tokenUrls = createTokenUrlSet();
  const keysPromise = Promise.resolve(options.keys ?? createSigningKeys());
  keysPromise.catch(() => undefined); // reported on first use, not as an unhandled rejection
  const clientDefaults = {
    clusterId: options.defaults?.clusterId ?? randomUuid(randomBytes),
    orgId: options.defaults?.orgId ?? randomUuid(randomBytes),
    region: options.defaults?.region ?? DEFAULT_REGION,
  };
  const clients = createClientRegistry({
    random: randomBytes,
    store: { get: () => store.get().clients, set: (next) => store.update({ clients: next }) },
    defaults: clientDefaults,
  });
  for (const client of options.clients ?? []) clients.register(client);

  function publish(base: Omit<AuthServerEvent, 'limiter'>): void {
    events.publish({ ...base, limiter: limiter.peek(base.source, base.time) });
  }

  function tryParse(request: TokenHttpRequest): TokenRequest | TokenRequestError {
    try {
      return parseTokenRequest({ contentType: request.headers.get('content-type'), authorization: request.headers.get('authorization'), body: request.body });
    } catch (error) {
      if (error instanceof TokenRequestError) return error;
      throw error;
    }
  }

  async function answerToken(request: TokenHttpRequest, now: number): Promise<{ response: MockHttpResponse; outcome: RequestOutcome; clientId: string | null; audience: string | null }> {
    const parsed = tryParse(request);
    const clientId = parsed instanceof TokenRequestError ? null : parsed.clientId;
    const audience = parsed instanceof TokenRequestError ? null : parsed.audience;
    const latency = faults.latencyMs;
    const refuse = (error: TokenRequestError, extraDelay = 0) => {
      const headers: Record<string, string> = error.status === 401 && error.usedBasicAuth ? { 'WWW-Authenticate': 'Basic realm="Camunda auth (mock)", charset="UTF-8"' } : {};
      return { response: errorResponse(error.status, error.toBody(), headers, latency + extraDelay), outcome: error.code as RequestOutcome, clientId, audience };
    };

    const fault = pickFault(faults, random);
    if (fault === 'maintenance') {
      const body = { error: 'temporarily_unavailable' as const, error_description: 'The authorization server is down for maintenance (fault injected in the mock). Retry after the Retry-After seconds.' };
      return { response: errorResponse(503, body, { 'Retry-After': String(faults.maintenanceRetryAfterSeconds) }, latency), outcome: 'maintenance', clientId, audience };
    }
    const decision = limiter.take(request.source, now);
    if (!decision.allowed) {
      const seconds = retryAfterSeconds(decision.retryAfterMs);
      const body = { error: 'too_many_requests' as const, error_description: `Too many token requests from this address (about 1 per second is allowed, every request counts). All token requests from it are blocked for ${seconds} s. Cache tokens instead of asking again.` };
      return { response: errorResponse(429, body, { 'Retry-After': seconds }, latency), outcome: 'rate_limited', clientId, audience };
    }
    if (fault === 'server_error') {
      const body = { error: 'server_error' as const, error_description: 'The authorization server failed (fault injected in the mock). Retry later with backoff.' };
      return { response: errorResponse(500, body, {}, latency), outcome: 'server_error', clientId, audience };
    }
    if (parsed instanceof TokenRequestError) return refuse(parsed);

    const basic = parsed.authMethod === 'client_secret_basic';
    const check = clients.check(parsed.clientId, parsed.clientSecret, settings.acceptAny);
    if (!check.ok) {
      const delay = tarpit.fail(parsed.clientId, now);
      const why = check.reason === 'malformed'
        ? 'Client authentication failed: the id or secret is not in the form Console issues (letters, digits, "._~-"). Copy them again from the credentials file.'
        : check.reason === 'unknown-client'
          ? UNKNOWN_CLIENT_DESCRIPTION
          : 'Client authentication failed: unknown client id or wrong secret. Check ZEEBE_CLIENT_ID and ZEEBE_CLIENT_SECRET; the secret is shown only once when the client is created, so create a new one if it is lost.';
      return refuse(invalidClient(why, basic), delay);
    }
    tarpit.succeed(parsed.clientId);

    const kind = classifyAudience(parsed.audience);
    if (!kind) {
      const hint = suggestAudience(parsed.audience);
      return refuse(new TokenRequestError('access_denied', 403, `Service not found: "${parsed.audience}". ${hint ? `Did you mean "${hint}"? ` : ''}Use zeebe.camunda.io, tasklist.camunda.io, operate.camunda.io, optimize.camunda.io or api.cloud.camunda.io.`));
    }
    // A pasted real client accepted by acceptAny owns whatever cluster its legacy audience names.
    const client = !check.registered && kind.kind === 'legacy-zeebe' ? { ...check.client, clusterId: kind.clusterId, region: kind.region } : check.client;
    const refusal = refuseAudience(client, parsed.audience, kind);
    if (refusal) return refuse(new TokenRequestError('access_denied', 403, refusal));

    const token = await issueToken({
      keys: await keysPromise,
      issuer: settings.issuer,
      clientId: client.clientId,
      clusterId: client.clusterId,
      orgId: client.orgId,
      audience: parsed.audience,
      now,
      lifetimeSeconds: settings.tokenLifetimeSeconds,
      skewSeconds: faults.clockSkewSeconds,
    });
    const body = { access_token: token.accessToken, token_type: 'Bearer', expires_in: token.expiresIn, scope: token.scope };
    return { response: jsonResponse(200, body, {}, latency), outcome: 'issued', clientId, audience };
  }

  return {
    async handleTokenRequest(request) {
      const now = clock();
      let result: Awaited<ReturnType<typeof answerToken>>;
      try {
        result = await answerToken(request, now);
      } catch (error) {
        // Only a bug (or a failed key generation) gets here; say so rather than crash.
        const body = { error: 'server_error' as const, error_description: `The mock auth server failed unexpectedly: ${error instanceof Error ? error.message : String(error)}` };
        result = { response: errorResponse(500, body), outcome: 'server_error', clientId: null, audience: null };
      }
      const { response } = result;
      const description = response.status === 200 ? undefined : (JSON.parse(response.body) as { error_description?: string }).error_description;
      publish({ time: now, kind: 'token', clientId: result.clientId, audience: result.audience, outcome: result.outcome, status: response.status, latencyMs: response.delayMs, source: request.source, description });
      return response;
    },
    handleWrongMethod(method, source) {
      const response = errorResponse(405, { error: 'invalid_request', error_description: `The token endpoint takes POST, not ${method.slice(0, 10)}.` }, { Allow: 'POST, OPTIONS' });
      publish({ time: clock(), kind: 'token', clientId: null, audience: null, outcome: 'method_not_allowed', status: 405, latencyMs: 0, source });
      return response;
    },
    handlePreflight(source) {
      publish({ time: clock(), kind: 'preflight', clientId: null, audience: null, outcome: 'served', status: 204, latencyMs: 0, source });
      return preflightResponse();
    },
    async handleWellKnown(document, source) {
      const time = clock();
      const response = document === 'jwks'
        ? publicJsonResponse(buildJwks(await keysPromise))
        : publicJsonResponse({
            issuer: settings.issuer,
            token_endpoint: settings.tokenEndpoint,
            jwks_uri: `${settings.issuer.replace(/\/$/, '')}/.well-known/jwks.json`,
            grant_types_supported: ['client_credentials'],
            token_endpoint_auth_methods_supported: ['client_secret_post', 'client_secret_basic'],
            response_types_supported: ['token'],
            subject_types_supported: ['public'],
            id_token_signing_alg_values_supported: ['RS256'],
          });
      publish({ time, kind: document, clientId: null, audience: null, outcome: 'served', status: 200, latencyMs: 0, source });
      return response;
    },
    isTokenUrl: (url) => tokenUrls.matches(url),
    registerTokenUrl: (url) => tokenUrls.add(url),
    matchWellKnown: (url, anyOrigin = false) => matchWellKnown(url, settings.issuer, anyOrigin),
    clients,
    getSettings: () => structuredClone(settings),
    configure(change) {
      const pinned = endpointPinned || change.tokenEndpoint !== undefined;
      const next = applySettings(settings, change, pinned);
      const limitChanged = (Object.keys(next.rateLimit) as Array<keyof typeof next.rateLimit>).some((k) => next.rateLimit[k] !== settings.rateLimit[k]);
      if (limitChanged) limiter = makeLimiter(next.rateLimit);
      settings = next;
      endpointPinned = pinned;
      store.update({ settings });
      return structuredClone(settings);
    },
    getFaults: () => ({ ...faults }),
    settingsStore: { get: store.get, subscribe: store.subscribe },
    setFaults(change) {
      faults = updateFaults(faults, change);
      store.update({ faults });
      return { ...faults };
    },
    subscribe: (listener) => events.subscribe(listener),
    peekLimiter: (source) => limiter.peek(source, clock()),
    reset() {
      limiter.reset();
      tarpit.reset();
    },
    restoreDefaults() {
      endpointPinned = options.tokenEndpoint !== undefined;
      settings = applySettings(defaultSettings(), options, endpointPinned);
      faults = updateFaults(NO_FAULTS, options.faults ?? {});
      limiter = makeLimiter(settings.rateLimit);
      tarpit.reset();
      // The starting clients, built apart so that subscribers hear one change, not one per client.
      const initial = createClientRegistry({ random: randomBytes, defaults: clientDefaults });
      for (const client of options.clients ?? []) initial.register(client);
      store.update({ settings, faults, clients: initial.list() });
    },
    getJwks: async () => buildJwks(await keysPromise),
    async signClaims(claims) {
      const keys = await keysPromise;
      return new SignJWT(claims).setProtectedHeader({ alg: SIGNING_ALGORITHM, typ: 'JWT', kid: keys.kid }).sign(keys.privateKey);
    },
    ready: async () => {
      await keysPromise;
    },
  };
}
