import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';

/**
 * Keeps the heavy libraries out of the chunks every page downloads. Docusaurus's "common" group
 * takes any module shared by several async chunks; Monaco and Mermaid share their cores with
 * their own lazy language/diagram chunks, so "common" swallowed them and pages without an editor
 * or a diagram paid for both. The same held for jose and the widgets' logic in src/lib, shared
 * by the widget pages' chunks. Here they are left to their own lazy chunks, and Monaco's CSS gets
 * a stylesheet of its own instead of joining the site-wide one.
 */
const HEAVY =
  /[\\/]node_modules[\\/](monaco-editor|@monaco-editor|mermaid|@mermaid-js|cytoscape[^\\/]*|katex|dagre-d3-es|khroma|langium|chevrotain|@chevrotain|roughjs|msw|@mswjs|jose)[\\/]/;

/** The site's own widget logic (token inspector, snippets, simulator...): only pages with widgets need it. */
const WIDGET_LOGIC = /[\\/]src[\\/]lib[\\/]/;

/**
 * Mermaid's own dependencies (d3 and its helpers, DOMPurify, dayjs, lodash-es...) are shared by
 * its lazy diagram chunks too. Left in "common", they made every docs page download part of d3
 * (the common chunk also holds the MDX provider that docs pages need). Read from Mermaid's
 * package.json so that the list follows Mermaid's updates.
 */
function readMermaidDependencies(siteDir: string): Set<string> {
  const transitive = ['d3-array', 'internmap', 'delaunator', 'robust-predicates', 'lodash-es'];
  try {
    const manifest = JSON.parse(readFileSync(join(siteDir, 'node_modules', 'mermaid', 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    return new Set([...Object.keys(manifest.dependencies ?? {}), ...transitive]);
  } catch {
    return new Set(transitive);
  }
}

/** The package a module file belongs to: the name after its last node_modules/. */
function packageOf(path: string): string | undefined {
  const match = /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/](?!.*node_modules[\\/])/.exec(path);
  return match?.[1].replace('\\', '/');
}

function isHeavy(path: string, mermaidDependencies: Set<string>): boolean {
  if (HEAVY.test(path) || WIDGET_LOGIC.test(path)) return true;
  const name = packageOf(path);
  return name !== undefined && (mermaidDependencies.has(name) || name.startsWith('d3-'));
}

const MONACO = /[\\/]node_modules[\\/](monaco-editor|@monaco-editor)[\\/]/;

interface ModuleLike {
  nameForCondition?: () => string | null;
  resource?: string;
}

function pathOf(module: ModuleLike): string {
  return module.nameForCondition?.() ?? module.resource ?? '';
}

export default function heavyChunksPlugin(context: LoadContext): Plugin {
  const mermaidDependencies = readMermaidDependencies(context.siteDir);
  return {
    name: 'heavy-chunks',
    configureWebpack(config, isServer) {
      const groups = config.optimization?.splitChunks ? config.optimization.splitChunks.cacheGroups : undefined;
      if (isServer || !groups || typeof groups.common !== 'object' || groups.common instanceof RegExp) return {};
      groups.common.test = (module: ModuleLike) => !isHeavy(pathOf(module), mermaidDependencies);
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
