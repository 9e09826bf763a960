/**
 * A small static server that behaves like a real static host, so Lighthouse and the byte counts
 * see what visitors get: gzip or brotli by Accept-Encoding, the right content types, long-lived
 * caching for content-hashed assets and revalidation for HTML, the site under its baseUrl, and
 * the site's 404.html (with status 404) for unknown paths. `docusaurus serve` sends everything
 * uncompressed, which would make every page look heavier and slower than it is.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdirSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import { extname, join, normalize, sep } from 'node:path';
import { brotliCompress, constants as zlibConstants, gzip as gzipCallback } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzip = promisify(gzipCallback);

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.xml', '.txt', '.svg', '.map', '.webmanifest', '.ico', '.ttf']);

/** Docusaurus names bundles like main.1a2b3c4d.js or 123.abcdef12.css: safe to cache for a year. */
const HASHED = /[.-][0-9a-f]{8,}\.(js|css|mjs|woff2?|ttf|svg|png|jpe?g|webp|gif)$/i;

export interface StaticServerOptions {
  /** The build directory. */
  root: string;
  /** The site's baseUrl, e.g. '/' or '/auth-guide/'. */
  baseUrl?: string;
  port?: number;
  host?: string;
  /** Compress every file up front (both encodings) so the first visit is not slowed by it. */
  warm?: boolean;
}

export interface RunningStaticServer {
  /** Origin plus baseUrl, ending with '/'. */
  url: string;
  server: Server;
  close(): Promise<void>;
}

type Encoding = 'br' | 'gzip' | 'identity';

/** Picks brotli over gzip when the client offers both (as browsers do), honouring q=0. */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding {
  const offered = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    offered.set(name, q ? Number(q.slice(2)) : 1);
  }
  if ((offered.get('br') ?? 0) > 0) return 'br';
  if ((offered.get('gzip') ?? 0) > 0) return 'gzip';
  return 'identity';
}

/**
 * Compressed bodies are computed once per file and encoding, off the event loop. Levels are those
 * of hosts that compress on the fly (brotli 5, gzip 6): brotli's top level takes tens of seconds
 * on Monaco's 3 MB bundle, which would show up as a slow server instead of a heavy page.
 */
function createCompressionCache() {
  const cache = new Map<string, Promise<Buffer>>();
  const compress = (body: Buffer, encoding: Exclude<Encoding, 'identity'>) =>
    encoding === 'br' ? brotli(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5 } }) : gzip(body, { level: 6 });
  return (key: string, body: Buffer, encoding: Encoding): Promise<Buffer> => {
    if (encoding === 'identity') return Promise.resolve(body);
    const id = `${encoding}:${key}`;
    let out = cache.get(id);
    if (!out) {
      out = compress(body, encoding);
      cache.set(id, out);
    }
    return out;
  };
}

/** Every compressible file under root, for warming the cache before anything is measured. */
function listCompressible(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((f) => join(root, f))
    .filter((f) => COMPRESSIBLE.has(extname(f).toLowerCase()) && statSync(f).isFile());
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Maps a URL path (inside baseUrl) to a file, the way static hosts resolve clean URLs. */
async function resolveFile(root: string, relative: string): Promise<string | undefined> {
  const clean = normalize(decodeURIComponent(relative)).replace(/^([/\\])+/, '');
  if (clean.split(sep).includes('..')) return undefined;
  const base = join(root, clean);
  const candidates = relative.endsWith('/') || clean === '' || clean === '.' ? [join(base, 'index.html')] : [base, `${base}.html`, join(base, 'index.html')];
  for (const candidate of candidates) if (await isFile(candidate)) return candidate;
  return undefined;
}

export function startStaticServer(options: StaticServerOptions): Promise<RunningStaticServer> {
  const baseUrl = options.baseUrl ?? '/';
  const host = options.host ?? '127.0.0.1';
  const compress = createCompressionCache();

  const send = async (req: IncomingMessage, res: ServerResponse, file: string, status: number) => {
    const ext = extname(file).toLowerCase();
    const raw = await readFile(file);
    const encoding = COMPRESSIBLE.has(ext) ? chooseEncoding(req.headers['accept-encoding']) : 'identity';
    const body = await compress(file, raw, encoding);
    res.statusCode = status;
    res.setHeader('Content-Type', CONTENT_TYPES[ext] ?? 'application/octet-stream');
    res.setHeader('Content-Length', body.length);
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (encoding !== 'identity') res.setHeader('Content-Encoding', encoding);
    const immutable = HASHED.test(file) && status === 200;
    res.setHeader('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate');
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  const server = createServer((req, res) => {
    void (async () => {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      if (path === baseUrl.replace(/\/$/, '') && baseUrl !== '/') {
        res.writeHead(301, { Location: baseUrl }).end();
        return;
      }
      const inside = path.startsWith(baseUrl) ? path.slice(baseUrl.length - 1) : undefined;
      const file = inside === undefined ? undefined : await resolveFile(options.root, inside);
      if (file) return send(req, res, file, 200);
      const notFound = join(options.root, '404.html');
      if (await isFile(notFound)) return send(req, res, notFound, 404);
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    })().catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`Server error: ${error instanceof Error ? error.message : String(error)}`);
    });
  });

  const warming = options.warm
    ? Promise.all(listCompressible(options.root).map(async (file) => {
        const raw = await readFile(file);
        await Promise.all([compress(file, raw, 'br'), compress(file, raw, 'gzip')]);
      }))
    : Promise.resolve([]);

  return warming.then(() => new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://${host}:${port}${baseUrl}`,
        server,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  }));
}
