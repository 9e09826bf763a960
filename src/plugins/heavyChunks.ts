import type { LoadContext, Plugin } from '@docusaurus/types';

/**
 * Keeps the heavy libraries out of the chunks every page downloads. Docusaurus's "common" group
 * takes any module shared by several async chunks; Monaco and Mermaid share their cores with
 * their own lazy language/diagram chunks, so "common" swallowed them and pages without an editor
 * or a diagram paid for both. Here they are left to their own lazy chunks, and Monaco's CSS gets
 * a stylesheet of its own instead of joining the site-wide one.
 */
const HEAVY =
  /[\\/]node_modules[\\/](monaco-editor|@monaco-editor|mermaid|@mermaid-js|cytoscape[^\\/]*|katex|dagre-d3-es|khroma|langium|chevrotain|@chevrotain|roughjs|msw|@mswjs)[\\/]/;
const MONACO = /[\\/]node_modules[\\/](monaco-editor|@monaco-editor)[\\/]/;

interface ModuleLike {
  nameForCondition?: () => string | null;
  resource?: string;
}

function pathOf(module: ModuleLike): string {
  return module.nameForCondition?.() ?? module.resource ?? '';
}

export default function heavyChunksPlugin(_context: LoadContext): Plugin {
  return {
    name: 'heavy-chunks',
    configureWebpack(config, isServer) {
      const groups = config.optimization?.splitChunks ? config.optimization.splitChunks.cacheGroups : undefined;
      if (isServer || !groups || typeof groups.common !== 'object' || groups.common instanceof RegExp) return {};
      groups.common.test = (module: ModuleLike) => !HEAVY.test(pathOf(module));
      groups['monaco-styles'] = {
        name: 'monaco-styles',
        test: (module: ModuleLike) => MONACO.test(pathOf(module)),
        type: 'css/mini-extract',
        chunks: 'async',
        enforce: true,
        priority: 60,
      };
      return {};
    },
  };
}
