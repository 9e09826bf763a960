import { loader } from '@monaco-editor/react';
import type * as MonacoApi from 'monaco-editor/editor/editor.api.js';
import type { MonacoBundle } from '@site/src/plugins/monacoBundle';

export type Monaco = typeof MonacoApi;

declare global {
  interface Window {
    MonacoEnvironment?: { getWorker(workerId: string, label: string): Worker };
  }
}

let pending: Promise<Monaco> | undefined;

/**
 * Loads the editor built by the monaco-bundle plugin from this site (never a CDN): its stylesheet,
 * its worker and its script, then hands it to @monaco-editor/react. Once per page; a failed load
 * may be tried again.
 */
export function loadMonaco(bundle: MonacoBundle, withBaseUrl: (path: string) => string): Promise<Monaco> {
  pending ??= (async () => {
    const stylesheet = document.createElement('link');
    stylesheet.rel = 'stylesheet';
    stylesheet.href = withBaseUrl(bundle.stylesheet);
    document.head.append(stylesheet);
    self.MonacoEnvironment = { getWorker: () => new Worker(withBaseUrl(bundle.worker), { type: 'module' }) };
    const module = (await import(/* webpackIgnore: true */ withBaseUrl(bundle.script))) as { monaco: Monaco };
    loader.config({ monaco: module.monaco });
    return module.monaco;
  })().catch((error: unknown) => {
    pending = undefined;
    throw error;
  });
  return pending;
}
