import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import type { CamundaVersionId } from '@site/src/lib/camundaVersion';
import { scopeLabels } from '@site/src/lib/console/scopeOptions';
import type { ConsoleClientSummary } from '@site/src/lib/console/simulatedConsole';
import styles from './styles.module.css';

export interface ApiClientsPanelProps {
  clients: readonly ConsoleClientSummary[];
  version: CamundaVersionId;
  headingLevel: 3 | 4 | 5;
  showPlaygroundLink: boolean;
  onCreate: () => void;
}

function formatCreated(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** The Console's API tab: the clients of this cluster (never their secrets) and "Create new client". */
export default function ApiClientsPanel({ clients, version, headingLevel, showPlaygroundLink, onCreate }: ApiClientsPanelProps): ReactNode {
  const H2 = `h${headingLevel}` as 'h4';
  return (
    <>
      <div className={styles.apiHead}>
        <H2 className={styles.panelTitle}>API clients</H2>
        <button type="button" className="button button--primary button--sm" onClick={onCreate}>
          Create new client
        </button>
      </div>
      {clients.length === 0 ? (
        <p className={styles.muted}>No clients yet. A client gives an application its own id and secret for this cluster.</p>
      ) : (
        <div className={styles.tableWrap} role="region" aria-label="API clients of this cluster" tabIndex={0}>
          <table className={styles.table} data-testid="console-client-list">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Client ID</th>
                <th scope="col">Scopes</th>
                <th scope="col">Created</th>
              </tr>
            </thead>
            <tbody>
              {clients.map((c) => (
                <tr key={c.clientId}>
                  <td>{c.name}</td>
                  <td>
                    <code>{c.clientId}</code>
                  </td>
                  <td>{scopeLabels(version, c.scopes).join(', ')}</td>
                  <td>{formatCreated(c.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {clients.length > 0 && (
        <p className={styles.muted}>
          Secrets are not shown here: the Console shows a secret only once, right after creating the client.
          {showPlaygroundLink && (
            <>
              {' '}
              The newest client is loaded in the <Link to="/playground">playground</Link>, ready to request a token.
          </>
        )}
      </p>
    )}
    </>
  );
}
