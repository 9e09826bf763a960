import { useEffect, useState, type ReactNode } from 'react';
import type { MockAuthServerState } from '@site/src/hooks/useMockAuthServer';
import { useResetPlayground } from '@site/src/hooks/useResetPlayground';
import { usePlaygroundSession } from '@site/src/hooks/usePlaygroundSession';
import styles from './styles.module.css';

/** The playground's one Reset: the page and the mock back to their defaults. */
export default function ResetControl({ mockState, onReset }: { mockState: MockAuthServerState; onReset: () => void }): ReactNode {
  const [done, setDone] = useState(false);
  const used = usePlaygroundSession().history.entries.length > 0;
  // The confirmation is about the moment of the reset; once the page is used again it goes.
  useEffect(() => {
    if (used) setDone(false);
  }, [used]);
  const reset = useResetPlayground(mockState, () => {
    onReset();
    setDone(true);
  });
  return (
    <div className={styles.resetBar}>
      <button type="button" className="button button--secondary" onClick={reset} aria-describedby="playground-reset-hint">
        Reset
      </button>
      <p id="playground-reset-hint">
        Start over: empties the editor, forgets this page&apos;s clients, token and history, and returns the mock&apos;s settings, faults and
        rate limit to their defaults.
      </p>
      <p role="status" data-testid="reset-status">
        {done ? 'The playground and the mock are back to their defaults.' : ''}
      </p>
    </div>
  );
}
