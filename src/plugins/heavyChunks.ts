import type { LoadContext, Plugin } from '@docusaurus/types';

/**
 * Keeps the heavy libraries out of the chunks every page downloads. Docusaurus's "common" group
 * takes any module shared by several async chunks: jose, MSW and the widgets' logic in src/lib
 * are shared by the widget pages' chunks, so "common" swallowed them and pages without a widget
 * paid for them. Here they are left to their own lazy chunks. (Monaco is not in the site's bundle
 * at all: see monacoBundle.ts.)
 */
const HEAVY = /[\\/](node_modules[\\/](msw|@mswjs|jose)|src[\\/]lib)[\\/]/;

export default function heavyChunksPlugin(_context: LoadContext): Plugin {
  return {
    name: 'heavy-chunks',
    configureWebpack(config, isServer) {
      const groups = config.optimization?.splitChunks ? config.optimization.splitChunks.cacheGroups : undefined;
      if (isServer || !groups || typeof groups.common !== 'object' || groups.common instanceof RegExp) return {};
      // A RegExp, not a function: the bundler tests it natively instead of calling into JS per module.
      groups.common.test = new RegExp(`^(?!.*${HEAVY.source})`);
      return {};
    },
  };
}
