import { useCallback, useEffect, useRef, useState } from 'react';

export type CopyState = 'idle' | 'copied' | 'failed';

/**
 * Copies text with the asynchronous Clipboard API and reports the result for a few seconds, so a
 * live region can announce it. Never logs the text: it may hold a secret.
 */
export function useCopyToClipboard(resetAfterMs = 2500): { state: CopyState; copy: (text: string) => Promise<void> } {
  const [state, setState] = useState<CopyState>('idle');
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const copy = useCallback(
    async (text: string) => {
      window.clearTimeout(timer.current);
      try {
        if (!navigator.clipboard) throw new Error('no clipboard');
        await navigator.clipboard.writeText(text);
        setState('copied');
      } catch {
        setState('failed');
      }
      timer.current = window.setTimeout(() => setState('idle'), resetAfterMs);
    },
    [resetAfterMs],
  );
  return { state, copy };
}
