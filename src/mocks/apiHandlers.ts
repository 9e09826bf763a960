/**
 * MSW request handlers for the mock Orchestration Cluster REST API: they translate Fetch requests
 * for the framework-free core (src/lib/clusterApi), so the page, msw/node and the local server
 * answer alike.
 */
import { http, HttpResponse, type RequestHandler } from 'msw';
import { preflightResponse, type MockHttpResponse } from '../lib/authServer/httpResponses';
import type { ClusterApi } from '../lib/clusterApi/clusterApi';
import { readBodyUpTo, SOURCE_HEADER } from './handlers';

/** Create-process-instance bodies are small; more is cut and then fails JSON parsing. */
const MAX_API_BODY_BYTES = 64 * 1024;

function toFetchResponse(response: MockHttpResponse): Response {
  return new HttpResponse(response.status === 204 || response.body === '' ? null : response.body, { status: response.status, headers: response.headers });
}

export interface ApiHandlerOptions {
  resolveSource?: (request: Request) => string;
}

export function createApiHandlers(api: ClusterApi, options: ApiHandlerOptions = {}): RequestHandler[] {
  const source = options.resolveSource ?? ((request: Request) => request.headers.get(SOURCE_HEADER) ?? 'local');
  return [
    http.options(
      ({ request }) => api.matches(request.url),
      () => toFetchResponse(preflightResponse()),
    ),
    http.all(
      ({ request }) => request.method !== 'OPTIONS' && api.matches(request.url),
      async ({ request }) => {
        let text = '';
        if (request.method !== 'GET' && request.method !== 'HEAD') {
          try {
            text = new TextDecoder().decode(await readBodyUpTo(request, MAX_API_BODY_BYTES));
          } catch {
            text = '';
          }
        }
        return toFetchResponse(await api.handle({ method: request.method, url: request.url, headers: request.headers, body: text, source: source(request) }));
      },
    ),
  ];
}
