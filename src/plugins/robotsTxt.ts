import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';

/** robots.txt text: every page may be crawled, and the sitemap is named by its absolute URL. */
export function formatRobotsTxt(siteUrl: string, baseUrl: string): string {
  const sitemap = new URL(`${baseUrl.replace(/\/?$/, '/')}sitemap.xml`, siteUrl).href;
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`;
}

/**
 * Writes robots.txt at build time rather than keeping it in static/: its Sitemap line must be an
 * absolute URL, and the site's URL and base path are only known when the build runs
 * (SITE_URL, SITE_BASE_URL). Search engines and Lighthouse's SEO audit read it.
 */
export default function robotsTxtPlugin(context: LoadContext): Plugin {
  return {
    name: 'robots-txt',
    async postBuild({ outDir }) {
      await writeFile(join(outDir, 'robots.txt'), formatRobotsTxt(context.siteConfig.url, context.siteConfig.baseUrl));
    },
  };
}
