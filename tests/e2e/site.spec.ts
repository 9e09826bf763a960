import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './support/fixtures';
import { scrollToWidget } from './support/widgets';

// Every page the build publishes, so pages added later are covered without touching this file.
function sitemapPaths(): string[] {
  const xml = readFileSync(`${process.env.BUILD_DIR ?? 'build'}/sitemap.xml`, 'utf8');
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  if (locs.length === 0) throw new Error('build/sitemap.xml lists no pages: run `npm run build` first.');
  return locs;
}

const baseUrl = process.env.SITE_BASE_URL ?? '/';
const relative = (path: string) => path.slice(baseUrl.length - (baseUrl.endsWith('/') ? 1 : 0)).replace(/^\//, '');

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`every page in ${scheme} mode`, () => {
    test.use({ colorScheme: scheme });
    for (const path of sitemapPaths()) {
      test(`${path} loads cleanly and is accessible`, async ({ page }) => {
        await page.goto(relative(path), { waitUntil: 'networkidle' });
        await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
        await expect(page.locator('.main-wrapper')).toBeVisible();
        // Widgets, too, arrive when scrolled to: axe checks them as drawn.
        await scrollToWidget(page);
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
          .analyze();
        const summary = results.violations.map(
          (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`,
        );
        expect(summary).toEqual([]);
      });
    }
  });
}
