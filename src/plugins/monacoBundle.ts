import { mkdirSync, rmSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { build, stop, type Metafile } from 'esbuild';
import type { LoadContext, Plugin } from '@docusaurus/types';

/** Where the editor's files are, relative to the site's base URL; read by the playground. */
export interface MonacoBundle {
  script: string;
  stylesheet: string;
  worker: string;
}

/** A static directory of the site (see docusaurus.config.ts): its files are served at the root. */
export const MONACO_STATIC_DIR = join('node_modules', '.cache', 'monaco-bundle');
const PUBLIC_FOLDER = 'monaco';
const ENTRY = join('src', 'components', 'CodeEditor', 'monaco.entry.ts');

/**
 * Bundles Monaco with esbuild, apart from the site's own bundle. Monaco is over a thousand modules;
 * going through the site's bundler with them (twice: once for the browser, once for the server
 * that renders the HTML and never runs the editor) took half the build's time and a third of its
 * memory. esbuild makes one minified, hashed script (plus the language chunks it loads lazily),
 * one stylesheet and one worker in about a second. The page imports them from this site when a
 * reader reaches for the editor (see CodeEditor/loadMonaco.ts).
 */
export default function monacoBundlePlugin(context: LoadContext): Plugin {
  const root = join(context.siteDir, MONACO_STATIC_DIR);
  const outdir = join(root, PUBLIC_FOLDER);
  return {
    name: 'monaco-bundle',
    async loadContent(): Promise<MonacoBundle> {
      rmSync(outdir, { recursive: true, force: true });
      mkdirSync(outdir, { recursive: true });
      const common = {
        absWorkingDir: context.siteDir,
        bundle: true,
        format: 'esm',
        minify: true,
        target: 'es2020',
        outdir,
        metafile: true,
        logLevel: 'warning',
        legalComments: 'none',
      } as const;
      const [editor, worker] = await Promise.all([
        build({
          ...common,
          entryPoints: { editor: ENTRY },
          splitting: true,
          entryNames: '[name]-[hash]',
          chunkNames: 'chunk-[hash]',
          assetNames: '[name]-[hash]',
          loader: { '.ttf': 'file' },
        }),
        // Its own file, with nothing shared with the page's bundle: a worker imports no chunks.
        build({ ...common, entryPoints: { worker: 'monaco-editor/editor/editor.worker.js' }, entryNames: '[name]-[hash]' }),
      ]).finally(() => {
        // esbuild keeps its service process alive for the next call; none comes during a build, and
        // the idle process would hold its memory until the build ends.
        void stop();
      });
      const publicPath = (file: string) => `${PUBLIC_FOLDER}/${basename(file)}`;
      return {
        script: publicPath(findOutput(editor.metafile, 'editor-', '.js')),
        stylesheet: publicPath(findOutput(editor.metafile, 'editor-', '.css')),
        worker: publicPath(findOutput(worker.metafile, 'worker-', '.js')),
      };
    },
    async contentLoaded({ content, actions }) {
      actions.setGlobalData(content);
    },
    getPathsToWatch() {
      return [join(context.siteDir, ENTRY)];
    },
  };

  function findOutput(metafile: Metafile, prefix: string, extension: string): string {
    const found = Object.keys(metafile.outputs).find((file) => basename(file).startsWith(prefix) && file.endsWith(extension));
    if (!found) throw new Error(`The Monaco bundle has no ${prefix}*${extension} in ${relative(context.siteDir, outdir)}: check ${ENTRY}.`);
    return found;
  }
}
