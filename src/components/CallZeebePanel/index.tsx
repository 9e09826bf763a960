import { useEffect, useId, useState, type ReactNode } from 'react';
import clsx from 'clsx';
import { DEFAULT_REGION } from '@site/src/lib/credentials/model';
import { ENDPOINTS, FAILURE_VARIANTS, formatApiRequest, restAddressForCall, type ApiEndpoint, type CallVariant } from '@site/src/lib/clusterApi';
import { useCredentials } from '@site/src/hooks/useCredentials';
import { useCallZeebe, type ApiExchange } from '@site/src/hooks/useCallZeebe';
import type { MockAuthServerState } from '@site/src/hooks/useMockAuthServer';
import { formatHttpResponse } from '@site/src/lib/http/formatHttp';
import styles from './styles.module.css';

export interface CallZeebePanelProps {
  mockState: MockAuthServerState;
  /** The latest token from step 2; it replaces what is in the token field. */
  token?: string;
}

export default function CallZeebePanel({ mockState, token }: CallZeebePanelProps): ReactNode {
  const id = useId();
  const { credentials } = useCredentials();
  const [tokenText, setTokenText] = useState(token ?? '');
  const [endpoint, setEndpoint] = useState<ApiEndpoint>('topology');
  const [reveal, setReveal] = useState(false);
  const { exchange, pending, send } = useCallZeebe(mockState);

  useEffect(() => {
    if (token) setTokenText(token);
  }, [token]);

  const restAddress = restAddressForCall(credentials, tokenText.trim() || null, DEFAULT_REGION);
  const run = (variant: CallVariant) => void send({ variant, endpoint, token: tokenText.trim() || null, restAddress });

  return (
    <div className={styles.panel}>
      <div className={styles.form}>
        <label htmlFor={`${id}-token`}>Access token</label>
        <div className={styles.secretRow}>
          <input id={`${id}-token`} type={reveal ? 'text' : 'password'} value={tokenText} onChange={(e) => setTokenText(e.target.value)} spellCheck={false} autoComplete="off" placeholder="Request a token in step 2, or paste one" />
          <label className={styles.inline}>
            <input type="checkbox" checked={reveal} onChange={(e) => setReveal(e.target.checked)} /> Show token
          </label>
        </div>
        <label htmlFor={`${id}-endpoint`}>Endpoint</label>
        <select id={`${id}-endpoint`} value={endpoint} onChange={(e) => setEndpoint(e.target.value as ApiEndpoint)}>
          {(Object.keys(ENDPOINTS) as ApiEndpoint[]).map((key) => (
            <option key={key} value={key}>
              {ENDPOINTS[key].label}
            </option>
          ))}
        </select>
        <span>Cluster REST address</span>
        <code data-testid="call-rest-address">{restAddress ?? 'none yet: load credentials or a token'}</code>
        <div>
          <button type="button" className="button button--primary" disabled={pending} onClick={() => run('as-is')}>
            Call Zeebe
          </button>
        </div>
      </div>
      <fieldset className={styles.choice}>
        <legend>Show a failure</legend>
        <div className={styles.variants}>
          {FAILURE_VARIANTS.map((v) => (
            <button key={v.id} type="button" className="button button--secondary button--sm" disabled={pending} onClick={() => run(v.id)} title={v.change}>
              {v.label}
            </button>
          ))}
        </div>
      </fieldset>
      {exchange && <ApiExchangeView exchange={exchange} reveal={reveal} />}
    </div>
  );
}

function ApiExchangeView({ exchange, reveal }: { exchange: ApiExchange; reveal: boolean }): ReactNode {
  const { call, response, explanation } = exchange;
  const change = FAILURE_VARIANTS.find((v) => v.id === exchange.variant)?.change;
  return (
    <div className={styles.exchange} aria-live="polite">
      {exchange.failure && (
        <p className={clsx(styles.explain, styles.error)} role="alert">
          {exchange.failure}
        </p>
      )}
      {explanation && (
        <div className={clsx(styles.explain, styles[explanation.tone])} data-testid="call-explanation">
          <strong>{explanation.headline}</strong>
          {change && <p>What this case changed: {change}</p>}
          <p>{explanation.explanation}</p>
          <p>{explanation.nextStep}</p>
        </div>
      )}
      <div className={styles.sideBySide}>
        {call && (
          <div>
            <h3>Request</h3>
            <pre className={styles.http} data-testid="call-http-request" tabIndex={0} aria-label="HTTP request to the cluster">
              {formatApiRequest(call, reveal)}
            </pre>
          </div>
        )}
        {response && (
          <div>
            <h3>Response</h3>
            <pre className={styles.http} data-testid="call-http-response" tabIndex={0} aria-label="HTTP response from the cluster">
              {formatHttpResponse(response)}
            </pre>
          </div>
        )}
      </div>
    </div>
  );
}
