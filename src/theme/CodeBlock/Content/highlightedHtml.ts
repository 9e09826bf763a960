import type { CodeBlockMetadata } from '@docusaurus/theme-common/internal';

// The highlighted HTML of code blocks this page load has already shown, so a block that React
// mounts again (Docusaurus's Tabs remount their panels after hydration; a reader comes back to
// a page) reuses it instead of running Prism again. The HTML carries classes only, no colours,
// so it is right in either colour mode.

const LIMIT = 300;
const store = new Map<string, string>();

/** Everything the highlighted HTML depends on. */
export function describeBlock(metadata: CodeBlockMetadata): string {
  return JSON.stringify([metadata.language, metadata.code, metadata.lineClassNames, metadata.lineNumbersStart ?? null]);
}

export function readHighlightedHtml(block: string): string | undefined {
  return store.get(block);
}

export function rememberHighlightedHtml(block: string, html: string): void {
  if (html === '') return;
  store.delete(block);
  store.set(block, html);
  // Oldest first: Map keeps insertion order.
  if (store.size > LIMIT) store.delete(store.keys().next().value!);
}
