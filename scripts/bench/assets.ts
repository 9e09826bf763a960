/**
 * What a loaded asset is: JS or CSS, how many bytes it weighs gzipped, and which heavy library
 * it carries. Pure functions over the response bodies, so they can be tested without a browser.
 */
import { gzipSync } from 'node:zlib';

export type AssetKind = 'js' | 'css';
export type HeavyLibrary = 'monaco' | 'msw' | 'mermaid';

/**
 * Strings that survive minification because they are runtime values, checked against real
 * builds: Monaco's background class; MSW's console prefix; Mermaid's API name and its sequence
 * diagram parser's rule. Chosen so our own code does not match: the playground's route chunk
 * names '/mockServiceWorker.js', the editor wrapper sets self.MonacoEnvironment and a guide
 * page's chunk holds its diagram's source text ("sequenceDiagram" without the regex's \b).
 * The site draws its one diagram itself now; Mermaid's markers stay so that the report shows it if
 * it ever comes back.
 */
const MARKERS: Record<HeavyLibrary, RegExp[]> = {
  monaco: [/monaco-editor-background/],
  msw: [/\[MSW\]/],
  mermaid: [/mermaidAPI/, /sequenceDiagram\\b/],
};

export function kindOf(url: string, contentType: string | undefined): AssetKind | undefined {
  const type = (contentType ?? '').toLowerCase();
  const path = new URL(url).pathname.toLowerCase();
  if (type.includes('javascript') || path.endsWith('.js') || path.endsWith('.mjs')) return 'js';
  if (type.includes('text/css') || path.endsWith('.css')) return 'css';
  return undefined;
}

/** Bytes after `gzip -9`: the same measure for both sites, whatever the server negotiated. */
export function gzipBytes(body: Buffer): number {
  return gzipSync(body, { level: 9 }).length;
}

/** Which heavy libraries a JS body contains. */
export function detectHeavy(body: Buffer | string): HeavyLibrary[] {
  const text = typeof body === 'string' ? body : body.toString('utf8');
  return (Object.keys(MARKERS) as HeavyLibrary[]).filter((lib) => MARKERS[lib].some((marker) => marker.test(text)));
}

export interface LoadedAsset {
  url: string;
  kind: AssetKind;
  gzipBytes: number;
  heavy: HeavyLibrary[];
  /** True when requested before the page's `load` event. */
  beforeLoad: boolean;
  /** True when requested only after the bench scrolled to the bottom of the page. */
  afterScroll?: boolean;
  /** Playwright's resource type: 'script'/'stylesheet' when used, 'other' for <link rel=prefetch>. */
  resourceType: string;
}

export interface PageWeight {
  path: string;
  jsBeforeLoad: number;
  cssBeforeLoad: number;
  jsAfter: number;
  cssAfter: number;
  /** JS after scrolling to the bottom too (what a reader of the whole page loads). */
  jsScrolled: number;
  /** Prefetched for linked routes (Docusaurus prefetches visible links); not executed, counted apart. */
  prefetchedBytes: number;
  heavy: HeavyLibrary[];
  assets: LoadedAsset[];
}

/** Sums assets into a page's figures. Prefetches are kept out of the JS and CSS totals, and what scrolling brought in out of all but jsScrolled. */
export function summariseAssets(path: string, assets: LoadedAsset[]): PageWeight {
  const executed = assets.filter((a) => a.resourceType !== 'other');
  const used = executed.filter((a) => !a.afterScroll);
  const sum = (list: LoadedAsset[]) => list.reduce((total, a) => total + a.gzipBytes, 0);
  const js = used.filter((a) => a.kind === 'js');
  const css = used.filter((a) => a.kind === 'css');
  return {
    path,
    jsBeforeLoad: sum(js.filter((a) => a.beforeLoad)),
    cssBeforeLoad: sum(css.filter((a) => a.beforeLoad)),
    jsAfter: sum(js),
    cssAfter: sum(css),
    jsScrolled: sum(executed.filter((a) => a.kind === 'js')),
    prefetchedBytes: sum(assets.filter((a) => a.resourceType === 'other')),
    heavy: [...new Set(executed.flatMap((a) => a.heavy))].sort(),
    assets,
  };
}
