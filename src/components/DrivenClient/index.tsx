import { useId, type ReactNode } from 'react';
import { STRATEGIES, type CacheStrategy } from '@site/src/lib/tokenClient/tokenCache';
import { formatRelative } from '@site/src/lib/time/duration';
import type { ClientStep } from '@site/src/lib/tokenClient/drivenClient';
import { useCredentials } from '@site/src/hooks/useCredentials';
import { useDrivenClient } from '@site/src/hooks/useDrivenClient';
import type { MockAuthServerState } from '@site/src/hooks/useMockAuthServer';
import { useNow } from '@site/src/hooks/useNow';
import styles from './styles.module.css';

const REASONS = { 'none-held': 'no token held', refresh: 'refresh', 'after-401': 'after a 401' } as const;

function describeStep(step: ClientStep): string {
  const time = new Date(step.time).toISOString().slice(11, 19);
  if (step.kind === 'token') return `${time} token request (${REASONS[step.reason]}) → ${step.status}`;
  return `${time} GET /v2/topology${step.retry ? ' (retry)' : step.cached ? ' (cached token)' : ''} → ${step.status}`;
}

/** A client the reader drives: a cache strategy, calls once or every N seconds, and its state. */
export default function DrivenClient({ mockState }: { mockState: MockAuthServerState }): ReactNode {
  const id = useId();
  const { credentials } = useCredentials();
  const d = useDrivenClient(mockState, credentials);
  const now = useNow(500);
  if (!credentials) return <p>Load or generate credentials in step 1 to drive a client.</p>;
  const field = (key: 'marginS' | 'jitterS' | 'intervalS', label: string) => (
    <div className={styles.field}>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input id={`${id}-${key}`} inputMode="decimal" value={d.form[key]} onChange={(e) => d.setForm({ ...d.form, [key]: e.target.value })} />
    </div>
  );
  const held = d.held;
  const nextRefresh = !held ? 'at the next call' : d.strategy === 'refresh-on-401' ? 'when a call gets 401' : d.strategy === 'none' ? 'at every call' : now === undefined ? '' : formatRelative(held.refreshAt, now, 'never');
  return (
    <div className={styles.panel}>
      <div className={styles.grid}>
        <div className={styles.field}>
          <label htmlFor={`${id}-strategy`}>Token cache strategy</label>
          <select id={`${id}-strategy`} value={d.form.strategy} onChange={(e) => d.setForm({ ...d.form, strategy: e.target.value as CacheStrategy })}>
            {(Object.keys(STRATEGIES) as CacheStrategy[]).map((s) => (
              <option key={s} value={s}>
                {STRATEGIES[s]}
              </option>
            ))}
          </select>
        </div>
        {field('marginS', 'Refresh margin before expiry (seconds)')}
        {field('jitterS', 'Jitter, up to (seconds)')}
        {field('intervalS', 'Call every (seconds)')}
      </div>
      {d.formError && (
        <p role="alert" className={styles.error}>
          {d.formError}
        </p>
      )}
      <div className={styles.buttons}>
        <button type="button" className="button button--secondary" disabled={!d.ready || d.running} onClick={() => void d.callOnce()}>
          Call once with the client
        </button>
        <button type="button" className="button button--primary" disabled={!d.ready || Boolean(d.formError)} onClick={() => d.setRunning(!d.running)}>
          {d.running ? 'Stop calling' : 'Start calling every N seconds'}
        </button>
      </div>
      {d.failure && (
        <p role="alert" className={styles.error}>
          {d.failure}
        </p>
      )}
      <dl className={styles.state} data-testid="client-state">
        <dt>Token held</dt>
        <dd>{held ? 'yes' : 'no'}</dd>
        <dt>Expires</dt>
        <dd>{held && now !== undefined ? formatRelative(held.expiresAt, now, '') : '-'}</dd>
        <dt>Next token request</dt>
        <dd>{nextRefresh}</dd>
        <dt>Token requests</dt>
        <dd data-testid="client-token-requests">{d.counts.tokenRequests}{d.counts.tokenRefusals ? ` (${d.counts.tokenRefusals} refused)` : ''}</dd>
        <dt>API calls</dt>
        <dd data-testid="client-calls">{d.counts.calls}</dd>
        <dt>401 answers</dt>
        <dd data-testid="client-401s">{d.counts.unauthorized}</dd>
      </dl>
      <ol className={styles.log} aria-label="Latest client steps, newest first" data-testid="client-log">
        {d.log.map((step, i) => (
          <li key={`${step.time}-${i}`}>{describeStep(step)}</li>
        ))}
      </ol>
    </div>
  );
}
