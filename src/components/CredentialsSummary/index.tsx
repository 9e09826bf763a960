import type { ReactNode } from 'react';
import type { Credentials } from '@site/src/lib/credentials';
import type { CredentialsOrigin } from '@site/src/components/CredentialsProvider';
import SecretValue from './SecretValue';
import styles from './styles.module.css';

const ORIGIN_TEXT: Record<CredentialsOrigin, string> = {
  generated: 'Generated here and registered with the in-page mock server.',
  console: 'Created in the simulated Console and registered with the in-page mock server.',
  editor: 'Read from the editor. Not registered with the mock: unless the client was generated or created here, turn on "Accept any well-formed credentials" in the mock settings.',
  uploaded: 'Read from an uploaded file. Not registered with the mock: unless the client was generated or created here, turn on "Accept any well-formed credentials" in the mock settings.',
};

export { SecretValue };

/** The loaded credentials at a glance; the secret stays masked until the user asks. */
export default function CredentialsSummary({ credentials, origin }: { credentials: Credentials; origin?: CredentialsOrigin }): ReactNode {
  const rows: [string, ReactNode][] = [
    ['Client ID', <code key="id">{credentials.clientId}</code>],
    ['Client secret', <SecretValue key="secret" secret={credentials.clientSecret} testId="summary-secret" />],
    ['Cluster', <code key="cluster">{credentials.clusterId}</code>],
    ['Region', <code key="region">{credentials.region}</code>],
    ['Scopes', credentials.scopes.length ? credentials.scopes.join(', ') : 'none'],
    ['Token URL', <code key="url">{credentials.authorizationServerUrl}</code>],
    ['Audience', <code key="aud">{credentials.audience}</code>],
  ];
  return (
    <div className={styles.summary} data-testid="credentials-summary">
      <dl className={styles.list}>
        {rows.map(([term, value]) => (
          <div key={term} className={styles.row}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {origin && <p className={styles.origin}>{ORIGIN_TEXT[origin]}</p>}
    </div>
  );
}
