import { useId, useState, type ReactNode } from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import CodeBlock from '@theme/CodeBlock';
import type { TargetId } from '@site/src/lib/snippets';
import { useClientSnippet } from '@site/src/hooks/useClientSnippet';
import { useCopyToClipboard } from '@site/src/hooks/useCopyToClipboard';
import SnippetRun from '@site/src/components/SnippetRun';
import InlineText from './InlineText';
import styles from './styles.module.css';

export interface ClientSnippetProps {
  targetId: TargetId;
  /** Leave out the notes on caching and local testing (e.g. on the troubleshooting page). */
  compact?: boolean;
}

/**
 * One client's configuration, filled with the credentials loaded in the playground (or with
 * placeholders). The secret is masked on screen; "Copy" copies the real text. Nothing is sent.
 */
export default function ClientSnippet({ targetId, compact = false }: ClientSnippetProps): ReactNode {
  const { snippet, personalised } = useClientSnippet(targetId);
  const [reveal, setReveal] = useState(false);
  const { state: copyState, copy } = useCopyToClipboard();
  const id = useId();
  const { target } = snippet;
  const shown = reveal ? snippet.code : snippet.maskedCode;

  return (
    <div className={styles.snippet} data-testid={`snippet-${targetId}`}>
      <p className={clsx(styles.source, personalised ? styles.personal : styles.placeholder)}>
        {personalised ? (
          <>Filled in with the credentials you loaded{snippet.hasSecret ? '; the secret is masked on screen and copied in full' : ''}.</>
        ) : (
          <>
            Placeholders: <Link to="/playground">load your credentials in the playground</Link> to see your own values here.
          </>
        )}
      </p>
      <dl className={styles.facts}>
        {target.versions && (
          <>
            <dt>For</dt>
            <dd>{target.versions}</dd>
          </>
        )}
        <dt>Install</dt>
        <dd>
          <InlineText text={target.install} />
        </dd>
      </dl>
      <div className={styles.toolbar}>
        <button
          type="button"
          className="button button--primary button--sm"
          onClick={() => void copy(snippet.code)}
          aria-describedby={`${id}-copied`}
        >
          Copy
        </button>
        {snippet.hasSecret && (
          <label className={styles.reveal}>
            <input type="checkbox" checked={reveal} onChange={(e) => setReveal(e.target.checked)} /> Show secret
          </label>
        )}
        <span id={`${id}-copied`} className={styles.copied} aria-live="polite" role="status">
          {copyState === 'copied' && 'Copied'}
          {copyState === 'failed' && 'The browser refused the clipboard. Tick "Show secret", then select and copy the text by hand.'}
        </span>
      </div>
      <div className={styles.code}>
        <CodeBlock language={snippet.language} title={snippet.filename}>
          {shown}
        </CodeBlock>
      </div>
      {!compact && (targetId === 'curl' || targetId === 'curl-json') && <SnippetRun bodyFormat={targetId === 'curl' ? 'form' : 'json'} />}
      {snippet.warnings.length > 0 && (
        <div className={clsx('alert alert--warning', styles.warnings)} role="note">
          <strong>Check these values</strong>
          <ul>
            {snippet.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      )}
      {!compact && (
        <div className={styles.notes}>
          <p>
            <strong>How it caches tokens.</strong> <InlineText text={target.caching} />
          </p>
          <p>
            <strong>Try it against the mock first.</strong> <InlineText text={target.tryLocally} /> See{' '}
            <Link to="/docs/mock-auth-server">the local mock auth server</Link>.
          </p>
        </div>
      )}
    </div>
  );
}
