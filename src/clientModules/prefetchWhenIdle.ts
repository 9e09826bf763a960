import { createIdleQueue } from '@site/src/lib/scheduling/idleQueue';

// Docusaurus prefetches the next pages' code for every link that scrolls into view. On a guide
// page that is a dozen or more links the moment it loads, each adding <link rel="prefetch">
// tags, all in one long task while the reader is waiting for the page to respond. Prefetching is
// a guess about the future, so here it waits for idle time and does one link at a time.
// (Hovering a link still preloads its page at once: that goes through `preload`, untouched.)

type DocusaurusGlobal = { prefetch: (path: string) => unknown; preload: (path: string) => unknown };

let installed = false;

function scheduleIdle(callback: () => void): void {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(() => callback(), { timeout: 5000 });
  else window.setTimeout(callback, 50);
}

/** Called for the first page and every navigation; installs once, before any link is observed. */
export function onRouteDidUpdate(): void {
  const current = (window as unknown as { docusaurus?: DocusaurusGlobal }).docusaurus;
  if (installed || !current) return;
  installed = true;
  const queue = createIdleQueue<string>((path) => void current.prefetch(path), scheduleIdle);
  // The original object is frozen, so it is replaced rather than patched.
  (window as unknown as { docusaurus: DocusaurusGlobal }).docusaurus = Object.freeze({
    ...current,
    prefetch: (path: string) => {
      queue.add(path);
      return true;
    },
  });
}
