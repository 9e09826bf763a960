import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { request } from 'node:http';
import { chooseEncoding, startStaticServer, type RunningStaticServer } from '../../scripts/bench/staticServer';

const JS = `console.log(${JSON.stringify('x'.repeat(2000))});`;

function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

describe('chooseEncoding', () => {
  it('prefers brotli, falls back to gzip, honours q=0', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseEncoding('gzip, deflate')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(chooseEncoding(undefined)).toBe('identity');
    expect(chooseEncoding('identity')).toBe('identity');
  });
});

describe('static server for the bench', () => {
  let root: string;
  let server: RunningStaticServer;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'static-test-'));
    mkdirSync(join(root, 'assets', 'js'), { recursive: true });
    mkdirSync(join(root, 'docs'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<h1>home</h1>');
    writeFileSync(join(root, 'docs', 'intro.html'), '<h1>intro</h1>');
    writeFileSync(join(root, '404.html'), '<h1>not found</h1>');
    writeFileSync(join(root, 'assets', 'js', 'main.1a2b3c4d.js'), JS);
    writeFileSync(join(root, 'mockServiceWorker.js'), JS);
    server = await startStaticServer({ root, baseUrl: '/guide/' });
  });
  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves hashed JS with brotli, its content type and a year of caching', async () => {
    const res = await get(`${server.url}assets/js/main.1a2b3c4d.js`, { 'accept-encoding': 'gzip, br' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers['cache-control']).toContain('immutable');
    expect(brotliDecompressSync(res.body).toString()).toBe(JS);
    expect(res.body.length).toBeLessThan(JS.length / 4);
  });

  it('gzips for clients without brotli and revalidates unhashed files', async () => {
    const res = await get(`${server.url}mockServiceWorker.js`, { 'accept-encoding': 'gzip' });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(res.body).toString()).toBe(JS);
    expect(res.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
  });

  it('resolves clean URLs to .html and directories to index.html', async () => {
    expect((await get(`${server.url}docs/intro`)).body.toString()).toBe('<h1>intro</h1>');
    const home = await get(server.url);
    expect(home.body.toString()).toBe('<h1>home</h1>');
    expect(home.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('answers unknown paths and paths outside baseUrl with 404.html and status 404', async () => {
    const unknown = await get(`${server.url}docs/nope`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.toString()).toBe('<h1>not found</h1>');
    expect((await get(`${new URL(server.url).origin}/index.html`)).status).toBe(404);
  });

  it('does not serve files outside the root', async () => {
    const res = await get(`${server.url}..%2f..%2fetc%2fpasswd`);
    expect(res.status).toBe(404);
  });

  it('redirects the baseUrl without its slash', async () => {
    const res = await get(`${new URL(server.url).origin}/guide`);
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe('/guide/');
  });
});
