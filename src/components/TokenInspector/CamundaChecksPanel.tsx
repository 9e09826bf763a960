import { useId, useState, type ReactNode } from 'react';
import clsx from 'clsx';
import { CAMUNDA_SAAS_ISSUER, runCamundaChecks, type CamundaApi } from '@site/src/lib/token/camundaChecks';
import { useCredentials } from '@site/src/hooks/useCredentials';
import styles from './styles.module.css';

const APIS: { value: CamundaApi; label: string }[] = [
  { value: 'zeebe', label: 'Zeebe (zeebe.camunda.io)' },
  { value: 'tasklist', label: 'Tasklist (tasklist.camunda.io)' },
  { value: 'operate', label: 'Operate (operate.camunda.io)' },
  { value: 'optimize', label: 'Optimize (optimize.camunda.io)' },
  { value: 'console', label: 'Administration API (api.cloud.camunda.io)' },
];

const WORD = { pass: 'Pass', fail: 'Fail', skip: 'Skipped' } as const;
const MARK = { pass: '✓', fail: '✗', skip: '–' } as const;

/** Would Camunda SaaS accept this token for the API the user means to call? One line per check. */
export default function CamundaChecksPanel({ payload, now, mockIssuer }: { payload: unknown; now: number | undefined; mockIssuer?: string }): ReactNode {
  const id = useId();
  const [api, setApi] = useState<CamundaApi>('zeebe');
  const { credentials } = useCredentials();
  if (now === undefined) return null;
  const allowedIssuers = mockIssuer && mockIssuer !== CAMUNDA_SAAS_ISSUER ? [CAMUNDA_SAAS_ISSUER, mockIssuer] : [CAMUNDA_SAAS_ISSUER];
  const checks = runCamundaChecks(payload, {
    now,
    expectedApi: api,
    credentials: credentials ? { clusterId: credentials.clusterId, clientId: credentials.clientId } : undefined,
    allowedIssuers,
  });
  return (
    <div className={styles.checks}>
      <div className={styles.field}>
        <label htmlFor={`${id}-api`}>API you will call</label>
        <select id={`${id}-api`} value={api} onChange={(e) => setApi(e.target.value as CamundaApi)}>
          {APIS.map((a) => (
            <option key={a.value} value={a.value}>
              {a.label}
            </option>
          ))}
        </select>
      </div>
      <ul className={styles.checkList} aria-label="Camunda checks">
        {checks.map((c) => (
          <li key={c.id} className={clsx(styles.check, styles[`check-${c.status}`])} data-check={c.id} data-status={c.status}>
            <span className={styles.checkMark} aria-hidden="true">
              {MARK[c.status]}
            </span>
            <span>
              <strong>
                {WORD[c.status]}: {c.title}.
              </strong>{' '}
              {c.explanation}
            </span>
          </li>
        ))}
      </ul>
      {!credentials && (
        <p className={styles.muted}>
          Load your credentials file (step 1 of the playground) to compare the token&apos;s cluster and client with it.
        </p>
      )}
    </div>
  );
}
