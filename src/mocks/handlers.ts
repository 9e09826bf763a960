/**
 * MSW request handlers for the mock auth server. They only translate between Fetch requests and
 * the framework-free core (src/lib/authServer), so the browser worker, msw/node in tests and the
 * local HTTP server answer exactly alike.
 */
import { http, HttpResponse, type RequestHandler } from 'msw';
import type { AuthServer } from '../lib/authServer/authServer';
import type { MockHttpResponse } from '../lib/authServer/httpResponses';
import { MAX_TOKEN_BODY_BYTES } from '../lib/authServer/parseTokenRequest';

/**
 * The local server writes the caller's address into this header (after removing any copy the
 * caller sent); tests may set it to play several offices. Without it the source is "local".
 */
export const SOURCE_HEADER = 'x-mock-auth-source';

export interface MockHandlerOptions {
  /** Rate-limit source of a request. Default: the SOURCE_HEADER, else "local". */
  resolveSource?: (request: Request) => string;
  /** Serve JWKS and discovery on any origin (the local server); default: the issuer's origin only. */
  wellKnownOnAnyOrigin?: boolean;
  /** How to wait before answering; tests can record instead of sleeping. */
  wait?: (ms: number) => Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function defaultSource(request: Request): string {
  return request.headers.get(SOURCE_HEADER) ?? 'local';
}

/** Read at most `limit + 1` bytes: enough for the core to see that a body is too large. */
export async function readBodyUpTo(request: Request, limit: number): Promise<Uint8Array> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    total += value.byteLength;
    if (total > limit) {
      // Not awaited: MSW tees the body, and a tee branch settles its cancel only when both do.
      void reader.cancel().catch(() => undefined);
      break;
    }
  }
  const body = new Uint8Array(Math.min(total, limit + 1));
  let offset = 0;
  for (const chunk of chunks) {
    const part = chunk.subarray(0, body.length - offset);
    body.set(part, offset);
    offset += part.length;
    if (offset >= body.length) break;
  }
  return body;
}

function toFetchResponse(response: MockHttpResponse): Response {
  return new HttpResponse(response.status === 204 || response.body === '' ? null : response.body, {
    status: response.status,
    headers: response.headers,
  });
}

export function createHandlers(server: AuthServer, options: MockHandlerOptions = {}): RequestHandler[] {
  const source = options.resolveSource ?? defaultSource;
  const wait = options.wait ?? sleep;
  const anyOrigin = options.wellKnownOnAnyOrigin ?? false;
  const isOurs = (url: string) => server.isTokenUrl(url) || server.matchWellKnown(url, anyOrigin) !== null;

  const answer = async (response: MockHttpResponse) => {
    if (response.delayMs > 0) await wait(response.delayMs);
    return toFetchResponse(response);
  };

  return [
    http.post(
      ({ request }) => server.isTokenUrl(request.url),
      async ({ request }) => {
        let body: Uint8Array;
        try {
          body = await readBodyUpTo(request, MAX_TOKEN_BODY_BYTES);
        } catch {
          body = new Uint8Array(0); // an aborted upload: the core answers "grant_type is missing"
        }
        return answer(await server.handleTokenRequest({ method: request.method, url: request.url, headers: request.headers, body, source: source(request) }));
      },
    ),
    http.options(
      ({ request }) => isOurs(request.url),
      ({ request }) => toFetchResponse(server.handlePreflight(source(request))),
    ),
    http.get(
      ({ request }) => server.matchWellKnown(request.url, anyOrigin) !== null,
      async ({ request }) => {
        const document = server.matchWellKnown(request.url, anyOrigin) ?? 'discovery';
        return toFetchResponse(await server.handleWellKnown(document, source(request)));
      },
    ),
    http.all(
      ({ request }) => request.method !== 'POST' && request.method !== 'OPTIONS' && server.isTokenUrl(request.url),
      ({ request }) => toFetchResponse(server.handleWrongMethod(request.method, source(request))),
    ),
  ];
}
