import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { PrismTheme } from 'prism-react-renderer';
import { writePrismThemeCss } from '../lib/prism/themeCss';

/**
 * Code blocks without start-up cost (the rest is in src/theme/CodeBlock/Content):
 * - puts the token colours, for both colour modes, into the site's stylesheet (see
 *   src/lib/prism/themeCss.ts for why they are not inline), written from `themeConfig.prism`
 *   so the config stays the one place the themes are chosen;
 * - leaves out the classic theme's start-up module that evaluates Prism and registers the extra
 *   languages on every page load; the code block does that itself the first time it needs to.
 */
export default function prismThemeCssPlugin(context: LoadContext): Plugin {
  const { prism } = context.siteConfig.themeConfig as { prism: { theme: PrismTheme; darkTheme?: PrismTheme } };
  const file = join(context.generatedFilesDir, 'prism-theme-css', 'prism-theme.css');
  const eagerPrismModule = join(dirname(require.resolve('@docusaurus/theme-classic/package.json')), 'lib', 'prism-include-languages');
  return {
    name: 'prism-theme-css',
    async loadContent() {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${writePrismThemeCss({ light: prism.theme, dark: prism.darkTheme ?? prism.theme })}\n`);
    },
    getClientModules() {
      return [file];
    },
    configureWebpack() {
      return { resolve: { alias: { [`${eagerPrismModule}$`]: false } } };
    },
  };
}
