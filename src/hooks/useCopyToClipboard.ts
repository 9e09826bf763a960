import { useCallback, useEffect, useRef, useState } from 'react';

export type CopyState = 'idle' | 'copied' | 'failed';

/**
 * The one way this site copies text: the asynchronous Clipboard API, with the outcome both returned
 * (for a component's own message) and kept as `state` for a few seconds (for a live region). The
 * browser may refuse (permissions, an unfocused page); then the caller offers the text to select.
 * Never logs the text: it may hold a secret.
 */
export function useCopyToClipboard(resetAfterMs = 2500): { state: CopyState; copy: (text: string) => Promise<boolean> } {
  const [state, setState] = useState<CopyState>('idle');
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const copy = useCallback(
    async (text: string) => {
      window.clearTimeout(timer.current);
      let copied = false;
      try {
        if (!navigator.clipboard) throw new Error('no clipboard');
        await navigator.clipboard.writeText(text);
        copied = true;
      } catch {
        copied = false;
      }
      setState(copied ? 'copied' : 'failed');
      timer.current = window.setTimeout(() => setState('idle'), resetAfterMs);
      return copied;
    },
    [resetAfterMs],
  );
  return { state, copy };
}
