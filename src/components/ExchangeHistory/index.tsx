import { useId, useState, type ReactNode } from 'react';
import { describeTarget, type HistoryEntry } from '@site/src/lib/playground/history';
import { renderCurl, variablesNeeded } from '@site/src/lib/playground/curlCommand';
import { usePlaygroundSession } from '@site/src/hooks/usePlaygroundSession';
import { useCopyToClipboard } from '@site/src/hooks/useCopyToClipboard';
import styles from './styles.module.css';

function clockTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(11, 19)} UTC`;
}

/**
 * This page's token requests and cluster calls, newest first, each copyable as a curl command.
 * The command names $ZEEBE_CLIENT_SECRET and $TOKEN instead of the values unless the reader ticks
 * the box; the screen always shows the masked form.
 */
export default function ExchangeHistory(): ReactNode {
  const id = useId();
  const { history } = usePlaygroundSession();
  const [includeSecrets, setIncludeSecrets] = useState(false);
  const { state, copy } = useCopyToClipboard();
  const [copied, setCopied] = useState<HistoryEntry | undefined>();

  const copyEntry = (entry: HistoryEntry) => {
    setCopied(entry);
    void copy(renderCurl(entry, { includeSecrets }));
  };

  if (history.entries.length === 0) {
    return <p data-testid="history-empty">Nothing yet: each token request and cluster call of this page appears here.</p>;
  }
  const needed = copied ? variablesNeeded(copied) : [];
  return (
    <div className={styles.history}>
      <label className={styles.include}>
        <input type="checkbox" checked={includeSecrets} onChange={(e) => setIncludeSecrets(e.target.checked)} aria-describedby={`${id}-include`} /> Include
        the secret and token in copied commands
      </label>
      <p id={`${id}-include`} className={styles.hint}>
        {includeSecrets
          ? 'On: copied commands contain the client secret or the token itself. Do not paste them into tickets, chats or logs.'
          : 'Off: copied commands read the secret from $ZEEBE_CLIENT_SECRET (set by the Console\u2019s credentials file) and the token from $TOKEN.'}
      </p>
      <ol className={styles.list} aria-label="Exchanges of this page, newest first">
        {history.entries.map((entry) => (
          <li key={entry.id} className={styles.entry} data-testid="history-entry">
            <div className={styles.line}>
              <span className={styles.time}>{clockTime(entry.time)}</span>
              <strong>{entry.kind === 'token' ? 'Token request' : 'Cluster call'}</strong>
              <code>{describeTarget(entry.request)}</code>
              <span className={styles.status}>{entry.status ?? 'not sent'}</span>
              <span>{entry.summary}</span>
              <button type="button" className="button button--secondary button--sm" onClick={() => copyEntry(entry)}>
                Copy as curl
              </button>
            </div>
            <details>
              <summary>Show the command</summary>
              <pre className={styles.command}>{renderCurl(entry, { includeSecrets: false })}</pre>
            </details>
          </li>
        ))}
      </ol>
      <p role="status" className={styles.hint} data-testid="history-copy-status">
        {state === 'copied' && copied
          ? `Copied as curl${includeSecrets ? ', with the real values' : needed.length ? `; set ${needed.map((v) => `$${v}`).join(' and ')} before running it` : ''}.`
          : state === 'failed'
            ? 'The browser refused the clipboard; open "Show the command" and copy it by hand.'
            : ''}
      </p>
    </div>
  );
}
