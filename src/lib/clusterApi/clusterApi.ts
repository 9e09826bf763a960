/**
 * The mock Orchestration Cluster REST API: a resource server beside the mock auth server. It
 * trusts that server's keys, issuer and clock, and its settings' authorization switch. Like the
 * auth server it never reads the clock itself and returns plain data for its adapters.
 */
import { decodeJwt } from 'jose';
import type { AuthServer } from '../authServer/authServer';
import { createEventBus } from './apiEvents';
import type { ApiCallListener, ApiEvent } from './apiEvents';
import { meBody, processInstanceBody, topologyBody } from './bodies';
import { checkBearer } from './checkBearer';
import { holdFor, parseJobActivation } from './jobActivation';
import { apiJsonResponse, ClusterApiError, problemResponse } from './problem';
import { matchClusterUrl, type ClusterRoute } from './routes';
import type { MockHttpResponse } from '../authServer/httpResponses';

interface ApiHttpRequest {
  method: string;
  url: string;
  headers: { get(name: string): string | null };
  /** Body text (JSON for writes); empty for GET. */
  body: string;
  source: string;
}

export interface ClusterApiOptions {
  authServer: AuthServer;
  clock: () => number;
  /** Accept the local server's `/<region>/<clusterId>/v2/...` layout on any origin. */
  localLayout?: boolean;
  /** Waits before an empty job poll is answered (see jobActivation.ts); without it, polls are answered at once. */
  wait?: (ms: number) => Promise<void>;
}

export interface ClusterApi {
  /** Is this URL one of the mock cluster's API URLs? */
  matches(url: string): boolean;
  handle(request: ApiHttpRequest): Promise<MockHttpResponse>;
  subscribe(listener: ApiCallListener): () => void;
}

/** Who the token claims to be, for the event log only (a refused token may lie). */
function claimedClient(authorization: string | null): string | null {
  const m = /^Bearer\s+(\S+)/i.exec(authorization ?? '');
  if (!m) return null;
  try {
    const claims = decodeJwt(m[1]);
    const id = claims['https://camunda.com/clientId'] ?? claims.azp;
    return typeof id === 'string' ? id : null;
  } catch {
    return null;
  }
}

const ENDPOINTS: Record<string, string[]> = {
  '/v2/topology': ['GET'],
  '/v2/authentication/me': ['GET'],
  '/v2/process-instances': ['POST'],
  '/v2/jobs/activation': ['POST'],
};

function parseCreateBody(text: string): string {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ClusterApiError('bad_request', 400, 'INVALID_ARGUMENT', 'The request body is not JSON. Send {"processDefinitionId": "<your process id>"} with Content-Type: application/json.');
  }
  const id = (body as { processDefinitionId?: unknown } | null)?.processDefinitionId;
  if (typeof id !== 'string' || id === '') {
    throw new ClusterApiError('bad_request', 400, 'INVALID_ARGUMENT', 'No processDefinitionId given. Send {"processDefinitionId": "<your process id>"} (or a processDefinitionKey).');
  }
  return id;
}

export function createClusterApi(options: ClusterApiOptions): ClusterApi {
  const { authServer, clock } = options;
  const events = createEventBus();
  let created = 0;

  async function answer(request: ApiHttpRequest, route: ClusterRoute, now: number): Promise<MockHttpResponse> {
    const allowed = ENDPOINTS[route.apiPath];
    if (!allowed) throw new ClusterApiError('not_found', 404, 'NOT_FOUND', `The mock serves ${Object.keys(ENDPOINTS).join(', ')}; ${route.apiPath} is not one of them.`);
    if (!allowed.includes(request.method)) throw new ClusterApiError('method_not_allowed', 405, 'METHOD_NOT_ALLOWED', `${route.apiPath} takes ${allowed.join(', ')}, not ${request.method.slice(0, 10)}.`);
    const settings = authServer.getSettings();
    const payload = await checkBearer({ authorization: request.headers.get('authorization'), jwks: await authServer.getJwks(), issuer: settings.issuer, clusterId: route.clusterId, region: route.region, now, skewSeconds: settings.apiClockSkewSeconds });
    if (route.apiPath === '/v2/topology') return apiJsonResponse(200, topologyBody(route.clusterId));
    if (route.apiPath === '/v2/authentication/me') return apiJsonResponse(200, meBody(payload));
    if (route.apiPath === '/v2/jobs/activation') {
      const hold = holdFor(parseJobActivation(request.body));
      if (hold > 0) await options.wait?.(hold);
      return apiJsonResponse(200, { jobs: [] });
    }
    const processId = parseCreateBody(request.body);
    if (!authServer.getSettings().allowProcessInstanceCreation) {
      throw new ClusterApiError('forbidden', 403, 'FORBIDDEN', `Insufficient permissions to perform operation 'CREATE_PROCESS_INSTANCE' on resource 'PROCESS_DEFINITION', required resource identifiers are one of '[*, ${processId}]'. The token is valid; grant this client the authorization (Identity → Authorizations → Process definition → Create process instance), or turn it back on in the mock's settings.`);
    }
    created += 1;
    return apiJsonResponse(200, processInstanceBody(processId, created));
  }

  return {
    matches: (url) => matchClusterUrl(url, options.localLayout ?? false) !== null,
    async handle(request) {
      const now = clock();
      const route = matchClusterUrl(request.url, options.localLayout ?? false);
      let response: MockHttpResponse;
      let code: ApiEvent['outcome'] = 'ok';
      let detail: string | undefined;
      if (!route) {
        response = problemResponse(new ClusterApiError('not_found', 404, 'NOT_FOUND', 'This is not a cluster REST address: use <ZEEBE_REST_ADDRESS>/v2/<endpoint>.'), new URL(request.url).pathname);
        code = 'not_found';
      } else {
        try {
          response = await answer(request, route, now);
        } catch (error) {
          const failure = error instanceof ClusterApiError ? error : new ClusterApiError('bad_request', 500, 'INTERNAL_SERVER_ERROR', `The mock cluster failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`);
          response = problemResponse(failure, route.apiPath);
          code = failure.code;
          detail = failure.message;
        }
      }
      const clientId = claimedClient(request.headers.get('authorization'));
      events.publish({ time: now, method: request.method, path: route?.apiPath ?? '', clusterId: route?.clusterId ?? null, clientId, status: response.status, outcome: code, source: request.source, detail });
      return response;
    },
    subscribe: (listener) => events.subscribe(listener),
  };
}
