import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import { themes as prismThemes } from 'prism-react-renderer';
import { withAccessibleContrast } from './src/lib/prism/accessibleTheme';
import heavyChunksPlugin from './src/plugins/heavyChunks';
import monacoBundlePlugin, { MONACO_STATIC_DIR } from './src/plugins/monacoBundle';
import prismThemeCssPlugin from './src/plugins/prismThemeCss';
import robotsTxtPlugin from './src/plugins/robotsTxt';

// The site can live under a sub-path (for example a project page on a static host):
// SITE_BASE_URL=/auth-guide/ npm run build
const baseUrl = normaliseBaseUrl(process.env.SITE_BASE_URL ?? '/');
const url = process.env.SITE_URL ?? 'http://localhost:3000';

function normaliseBaseUrl(value: string): string {
  const trimmed = value.trim() || '/';
  const withLead = trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
  return withLead.endsWith('/') ? withLead : `${withLead}/`;
}

// Nothing executable, no style, font or frame may come from another host. Inline scripts and
// styles stay allowed: Docusaurus inlines its colour-mode script and Monaco sets inline styles.
// connect-src stays open to https and local servers because the in-page mock (a service worker)
// answers whatever token URL a user's credentials name; the playground refuses to send a token
// request unless that worker controls the page, so nothing leaves the browser.
// `docusaurus start` (NODE_ENV=development) serves bundles whose modules are wrapped in eval() for
// fast rebuilds and source maps, so the development server alone also allows 'unsafe-eval'; the
// production build (`docusaurus build` sets NODE_ENV=production) keeps the strict policy.
const isDevelopmentServer = process.env.NODE_ENV === 'development';
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDevelopmentServer ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "connect-src 'self' https: http://localhost:* http://127.0.0.1:*",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

const config = {
  title: 'Camunda 8 client auth',
  tagline: 'How a client application gets a token for Zeebe, and a playground to try every step',
  favicon: 'img/favicon.svg',
  url,
  baseUrl,
  trailingSlash: false,
  headTags: [{ tagName: 'meta', attributes: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy } }],
  future: { v4: true },
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  i18n: { defaultLocale: 'en', locales: ['en'] },
  markdown: {
    
    hooks: { onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw' },
  },
  // Link prefetching waits for idle time instead of running in the page's start-up.
  clientModules: ['./src/clientModules/prefetchWhenIdle.ts'],
  plugins: [heavyChunksPlugin, monacoBundlePlugin, prismThemeCssPlugin, robotsTxtPlugin],
  // The editor's files, built by the monaco-bundle plugin, are served beside the site's own.
  staticDirectories: ['static', MONACO_STATIC_DIR],
  themes: [

    [
      // Offline, build-time index: no external search service.
      '@easyops-cn/docusaurus-search-local',
      {
        hashed: true,
        indexBlog: false,
        indexPages: false,
        docsRouteBasePath: '/docs',
        highlightSearchTermsOnTargetPage: false,
        explicitSearchResultPath: true,
      },
    ],
  ],
  presets: [
    [
      'classic',
      {
        docs: { sidebarPath: './sidebars.ts', routeBasePath: 'docs' },
        blog: false,
        theme: { customCss: './src/css/custom.css' },
        sitemap: { changefreq: 'weekly', priority: 0.5 },
      } satisfies Preset.Options,
    ],
  ],
  themeConfig: {
    colorMode: { defaultMode: 'light', respectPrefersColorScheme: true },
    navbar: {
      title: 'Camunda 8 client auth',
      logo: { alt: 'Key and token logo', src: 'img/logo.svg' },
      items: [
        { type: 'docSidebar', sidebarId: 'guide', position: 'left', label: 'Guide' },
        { to: '/playground', label: 'Playground', position: 'left' },
      ],
    },
    footer: {
      style: 'dark',
      copyright:
        'An independent learning aid. Nothing you paste or generate here leaves your browser. Camunda and Zeebe are trademarks of Camunda Services GmbH.',
    },
    prism: {
      theme: withAccessibleContrast(prismThemes.vsLight),
      darkTheme: withAccessibleContrast(prismThemes.vsDark),
      // Only what prism-react-renderer's own bundle lacks (it has go, python, yaml and json). They
      // are registered when a block is first highlighted in the browser (src/theme/prism-include-languages.ts).
      additionalLanguages: ['bash', 'java', 'csharp', 'properties'],
    },
  } satisfies Preset.ThemeConfig,
} satisfies Config;

export default config;
