import type { ReactNode } from 'react';
import type { BodyFormat } from '@site/src/lib/tokenRequest/buildTokenRequest';
import { useSnippetRun } from '@site/src/hooks/useSnippetRun';
import styles from './styles.module.css';

/** A Run button for the curl snippet: its requests, sent in this page to the in-page mock. */
export default function SnippetRun({ bodyFormat }: { bodyFormat: BodyFormat }): ReactNode {
  const { steps, failure, running, run } = useSnippetRun(bodyFormat);
  return (
    <div className={styles.run}>
      <div>
        <button type="button" className="button button--secondary button--sm" disabled={running} onClick={() => void run()}>
          Run against the in-page mock
        </button>
      </div>
      <p className={styles.note}>
        Sends the snippet&apos;s two requests (token, then topology) from this page to the mock that runs in it; the secret never leaves
        the browser. Generated credentials get a token; a real credentials file gets 401 from the mock.
      </p>
      {failure && (
        <p role="alert" className={styles.error}>
          {failure}
        </p>
      )}
      {steps && (
        <pre className={styles.output} data-testid="snippet-run-output" tabIndex={0} aria-label="Output of the run" aria-live="polite">
          {steps.map((s) => `${s.label} → ${s.status ?? 'not sent'}\n${s.output}`).join('\n\n')}
        </pre>
      )}
    </div>
  );
}
