import { useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import clsx from 'clsx';
import { AUDIENCES, DEFAULT_TOKEN_URL } from '@site/src/lib/credentials/model';
import { formatTokenRequest, type BodyFormat, type ClientAuthMethod } from '@site/src/lib/tokenRequest/buildTokenRequest';
import { useCredentials } from '@site/src/hooks/useCredentials';
import type { MockAuthServerState } from '@site/src/hooks/useMockAuthServer';
import type { TokenRequestPrefill } from '@site/src/lib/troubleshooting/repro';
import { useTokenRequest } from './useTokenRequest';
import { formatHttpResponse } from '@site/src/lib/http/formatHttp';
import styles from './styles.module.css';

const AUDIENCE_OPTIONS = [
  { value: AUDIENCES.zeebe, label: 'Zeebe (zeebe.camunda.io)' },
  { value: AUDIENCES.tasklist, label: 'Tasklist (tasklist.camunda.io)' },
  { value: AUDIENCES.operate, label: 'Operate (operate.camunda.io)' },
  { value: AUDIENCES.optimize, label: 'Optimize (optimize.camunda.io)' },
  { value: AUDIENCES.console, label: 'Administration API (api.cloud.camunda.io)' },
];

export interface TokenRequestPanelProps {
  mockState: MockAuthServerState;
  /** Called with each access token received, e.g. to open it in the inspector. */
  onToken?: (token: string) => void;
  /** Values to put in the form (e.g. a troubleshooting reproduction); a new object applies again. */
  prefill?: TokenRequestPrefill;
}

export default function TokenRequestPanel({ mockState, onToken, prefill }: TokenRequestPanelProps): ReactNode {
  const { credentials } = useCredentials();
  const id = useId();
  const [tokenUrl, setTokenUrl] = useState(DEFAULT_TOKEN_URL);
  const [clientId, setClientId] = useState('');
  const [clientSecret, setClientSecret] = useState('');
  const [audience, setAudience] = useState<string>(AUDIENCES.zeebe);
  const [bodyFormat, setBodyFormat] = useState<BodyFormat>('form');
  const [clientAuth, setClientAuth] = useState<ClientAuthMethod>('body');
  const [reveal, setReveal] = useState(false);
  const { exchange, pending, send, acceptClient, acceptFailure } = useTokenRequest(mockState);

  // Loaded credentials fill the form; the user may still edit it (e.g. to try a wrong secret).
  useEffect(() => {
    if (!credentials) return;
    setTokenUrl(credentials.authorizationServerUrl || DEFAULT_TOKEN_URL);
    setClientId(credentials.clientId);
    setClientSecret(credentials.clientSecret);
    setAudience(credentials.audience || AUDIENCES.zeebe);
  }, [credentials]);

  // After the credentials, so a reproduction's deliberate mistake wins over the loaded values.
  useEffect(() => {
    if (!prefill) return;
    if (prefill.tokenUrl !== undefined) setTokenUrl(prefill.tokenUrl);
    if (prefill.clientId !== undefined) setClientId(prefill.clientId);
    if (prefill.clientSecret !== undefined) setClientSecret(prefill.clientSecret);
    if (prefill.audience !== undefined) setAudience(prefill.audience);
  }, [prefill]);

  useEffect(() => {
    if (exchange?.accessToken) onToken?.(exchange.accessToken);
  }, [exchange, onToken]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send({ tokenUrl, clientId, clientSecret, audience, bodyFormat, clientAuth });
  };

  const status = mockState.status;
  return (
    <div className={styles.panel}>
      <p role="status" className={clsx(styles.mockStatus, status && !status.controlled && styles.mockProblem)}>
        {status ? status.message : 'Starting the mock auth server in this page…'}
      </p>
      <form onSubmit={submit} className={styles.form}>
        <label htmlFor={`${id}-url`}>Token URL</label>
        <input id={`${id}-url`} value={tokenUrl} onChange={(e) => setTokenUrl(e.target.value)} spellCheck={false} />
        <label htmlFor={`${id}-client`}>Client ID</label>
        <input id={`${id}-client`} value={clientId} onChange={(e) => setClientId(e.target.value)} spellCheck={false} autoComplete="off" />
        <label htmlFor={`${id}-secret`}>Client secret</label>
        <div className={styles.secretRow}>
          <input
            id={`${id}-secret`}
            type={reveal ? 'text' : 'password'}
            value={clientSecret}
            onChange={(e) => setClientSecret(e.target.value)}
            spellCheck={false}
            autoComplete="off"
          />
          <label className={styles.inline}>
            <input type="checkbox" checked={reveal} onChange={(e) => setReveal(e.target.checked)} /> Show secret
          </label>
        </div>
        <label htmlFor={`${id}-aud`}>Audience</label>
        <select id={`${id}-aud`} value={audience} onChange={(e) => setAudience(e.target.value)}>
          {AUDIENCE_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        <fieldset className={styles.choice}>
          <legend>Body format</legend>
          <label className={styles.inline}>
            <input type="radio" name={`${id}-format`} checked={bodyFormat === 'form'} onChange={() => setBodyFormat('form')} /> Form (Java, Go, Node, Python)
          </label>
          <label className={styles.inline}>
            <input type="radio" name={`${id}-format`} checked={bodyFormat === 'json'} onChange={() => setBodyFormat('json')} /> JSON (C#)
          </label>
        </fieldset>
        <fieldset className={styles.choice}>
          <legend>Client authentication</legend>
          <label className={styles.inline}>
            <input type="radio" name={`${id}-auth`} checked={clientAuth === 'body'} onChange={() => setClientAuth('body')} /> In the body
          </label>
          <label className={styles.inline}>
            <input type="radio" name={`${id}-auth`} checked={clientAuth === 'basic'} onChange={() => setClientAuth('basic')} /> HTTP Basic
          </label>
        </fieldset>
        <div>
          <button type="submit" className="button button--primary" disabled={pending}>
            Request token
          </button>
        </div>
      </form>
      {exchange && (
        <ExchangeView exchange={exchange} reveal={reveal}>
          {exchange.canAccept && (
            <p>
              <button type="button" className="button button--primary button--sm" disabled={pending} onClick={() => void acceptClient(credentials)}>
                Let the mock accept this client
              </button>
            </p>
          )}
          {acceptFailure && (
            <p className={clsx(styles.explain, styles.error)} role="alert">
              {acceptFailure}
            </p>
          )}
        </ExchangeView>
      )}
    </div>
  );
}

function ExchangeView({ exchange, reveal, children }: { exchange: NonNullable<ReturnType<typeof useTokenRequest>['exchange']>; reveal: boolean; children?: ReactNode }): ReactNode {
  const { response, explanation } = exchange;
  return (
    <div className={styles.exchange} aria-live="polite">
      {exchange.failure && (
        <p className={clsx(styles.explain, styles.error)} role="alert">
          {exchange.failure}
        </p>
      )}
      {explanation && (
        <div className={clsx(styles.explain, styles[explanation.tone])} data-testid="token-explanation">
          <strong>{explanation.headline}</strong>
          <p>{explanation.explanation}</p>
          <p>{explanation.nextStep}</p>
          {children}
        </div>
      )}
      <div className={styles.sideBySide}>
        {exchange.request.body && (
          <div>
            <h3>Request</h3>
            <pre className={styles.http} data-testid="token-http-request" tabIndex={0} aria-label="HTTP request">
              {formatTokenRequest(exchange.request, exchange.secret, reveal)}
            </pre>
          </div>
        )}
        {response && (
          <div>
            <h3>Response</h3>
            <pre className={styles.http} data-testid="token-http-response" tabIndex={0} aria-label="HTTP response">
              {formatHttpResponse(response)}
            </pre>
            <p className={styles.timing}>Answered in {response.elapsedMs} ms.</p>
          </div>
        )}
      </div>
    </div>
  );
}
