/**
 * The pages to measure come from the build's sitemap, so new guide pages are measured without
 * touching the bench.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';

/** Paths (with baseUrl) listed in a sitemap.xml text, in order. */
export function parseSitemapPaths(xml: string): string[] {
  const paths: string[] = [];
  for (const match of xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)) {
    const path = new URL(match[1]).pathname;
    if (!paths.includes(path)) paths.push(path);
  }
  return paths;
}

export function readSitemapPaths(outDir: string): string[] {
  const file = join(outDir, 'sitemap.xml');
  if (!existsSync(file)) throw new Error(`No sitemap.xml in ${outDir}: is @docusaurus/plugin-sitemap (preset-classic) enabled?`);
  return parseSitemapPaths(readFileSync(file, 'utf8'));
}

/** Guide pages: everything under <baseUrl>docs/ except the docs index itself. */
export function guidePaths(paths: string[], baseUrl: string): string[] {
  const prefix = `${baseUrl}docs/`;
  return paths.filter((p) => p.startsWith(prefix) && p.length > prefix.length && !p.includes('/tags'));
}

/**
 * Whether a guide page embeds one of the site's components (a widget), judged from its source:
 * docs/<slug>.md(x) importing from @site/src/components. Independent of what the page loads, so
 * the "no Monaco or MSW without a widget" budget is not circular.
 */
export function pageHasWidget(siteDir: string, path: string, baseUrl: string): boolean {
  const slug = path.slice(`${baseUrl}docs/`.length);
  const source = findDocSource(join(siteDir, 'docs'), slug);
  return source !== undefined && /from\s+['"]@site\/src\/components\//.test(source);
}

/** The Markdown source whose front-matter slug, or else whose file path, gives this slug. */
function findDocSource(docsDir: string, slug: string): string | undefined {
  if (!existsSync(docsDir)) return undefined;
  const files = readdirSync(docsDir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.mdx?$/.test(f));
  let byName: string | undefined;
  for (const file of files) {
    const text = readFileSync(join(docsDir, file), 'utf8');
    const declared = /^---[\s\S]*?^slug:\s*['"]?\/?([^'"\n]+?)['"]?\s*$[\s\S]*?^---/m.exec(text)?.[1];
    if (declared === slug) return text;
    if (file.replace(/\.mdx?$/, '').split(sep).join('/') === slug) byName = text;
  }
  return byName;
}
