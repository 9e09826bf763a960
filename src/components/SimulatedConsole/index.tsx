import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import clsx from 'clsx';
import { writeConsoleFile, type ConsoleScope, type Credentials } from '@site/src/lib/credentials';
import { createConsoleClient } from '@site/src/lib/console/simulatedConsole';
import { useFileReplace } from '@site/src/hooks/useFileReplace';
import UndoNotice from '@site/src/components/UndoNotice';
import { useCamundaVersion } from '@site/src/hooks/useCamundaVersion';
import { versionLabel } from '@site/src/lib/camundaVersion';
import VersionSwitch from '@site/src/components/VersionSwitch';
import ApiClientsPanel from './ApiClientsPanel';
import CreateClientDialog from './CreateClientDialog';
import SecretOnceDialog from './SecretOnceDialog';
import { addClient, ensureCluster, useConsoleStore } from './consoleStore';
import styles from './styles.module.css';

const TABS = ['Overview', 'API', 'Alerts', 'IP allowlist', 'Settings'] as const;
type Tab = (typeof TABS)[number];

export interface SimulatedConsoleProps {
  /** Level of the cluster's heading, to fit the page around it. */
  headingLevel?: 2 | 3 | 4;
  /** On guide pages: point to the playground once a client exists. */
  showPlaygroundLink?: boolean;
}

/**
 * A small stand-in for the Camunda Console's cluster page: the API tab creates clients, shows the
 * secret once, and offers the credentials file. New clients are loaded site-wide (and so into
 * the playground); the Console itself forgets the secret when its dialog closes.
 */
export default function SimulatedConsole({ headingLevel = 3, showPlaygroundLink = false }: SimulatedConsoleProps): ReactNode {
  const id = useId();
  const { cluster, clients } = useConsoleStore();
  const replacer = useFileReplace();
  const [version] = useCamundaVersion();
  const [tab, setTab] = useState<Tab>('Overview');
  const [created, setCreated] = useState<Credentials | undefined>();
  const createDialog = useRef<HTMLDialogElement>(null);
  const secretDialog = useRef<HTMLDialogElement>(null);
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const H = `h${headingLevel}` as 'h3';
  const dialogLevel = (headingLevel + 1) as 3 | 4 | 5;

  useEffect(() => {
    ensureCluster();
  }, []);

  useEffect(() => {
    if (created) secretDialog.current?.showModal();
  }, [created]);

  const onTabKey = (event: KeyboardEvent, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const jump = event.key === 'Home' ? 0 : event.key === 'End' ? TABS.length - 1 : undefined;
    if (!step && jump === undefined) return;
    event.preventDefault();
    const next = jump ?? (index + step + TABS.length) % TABS.length;
    setTab(TABS[next]);
    tabRefs.current[next]?.focus();
  };

  const create = (name: string, scopes: ConsoleScope[]) => {
    const { credentials, summary } = createConsoleClient(ensureCluster(), { name, scopes, now: Date.now() });
    addClient(summary);
    // Usable at once in the playground; the Console's own view keeps only the summary.
    replacer.replace('console', { fileText: writeConsoleFile(credentials, version === '8.8' ? '8.8' : 'classic'), credentials, origin: 'console' });
    createDialog.current?.close();
    setCreated(credentials);
  };

  return (
    <>
    <VersionSwitch note="The simulated Console offers that version's scopes and file." />
    <div className={styles.console} role="region" aria-label="Simulated Console">
      <div className={styles.topBar}>
        <span className={styles.product}>Console</span>
        <span className={styles.badge}>simulated</span>
        <nav aria-label="Console breadcrumb" className={styles.breadcrumb}>
          Clusters <span aria-hidden="true">›</span> {cluster?.name ?? 'playground-cluster'}
        </nav>
      </div>
      <div className={styles.body}>
        <div className={styles.clusterHead}>
          <H className={styles.clusterName}>{cluster?.name ?? 'playground-cluster'}</H>
          <span className={styles.health}>Healthy</span>
        </div>
        <div role="tablist" aria-label="Cluster" className={styles.tabs}>
          {TABS.map((t, i) => (
            <button
              key={t}
              ref={(el) => {
                tabRefs.current[i] = el;
              }}
              type="button"
              role="tab"
              id={`${id}-tab-${i}`}
              aria-selected={tab === t}
              aria-controls={`${id}-panel`}
              tabIndex={tab === t ? 0 : -1}
              className={clsx(styles.tab, tab === t && styles.tabActive)}
              onClick={() => setTab(t)}
              onKeyDown={(e) => onTabKey(e, i)}
            >
              {t}
            </button>
          ))}
        </div>
        <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${TABS.indexOf(tab)}`} className={styles.panel} tabIndex={0}>
          {tab === 'Overview' && (
            <dl className={styles.facts}>
              <div>
                <dt>Cluster ID</dt>
                <dd>
                  <code>{cluster?.clusterId ?? '…'}</code>
                </dd>
              </div>
              <div>
                <dt>Region</dt>
                <dd>
                  <code>{cluster?.region ?? '…'}</code>
                </dd>
              </div>
              <div>
                <dt>Generation</dt>
                <dd>{cluster ? `Camunda ${versionLabel(version)} (simulated)` : '…'}</dd>
              </div>
              <div>
                <dt>API clients</dt>
                <dd>{clients.length} (open the API tab to create one)</dd>
              </div>
            </dl>
          )}
          {tab === 'API' && (
            <ApiClientsPanel
              clients={clients}
              version={version}
              headingLevel={(headingLevel + 1) as 3 | 4 | 5}
              showPlaygroundLink={showPlaygroundLink}
              onCreate={() => createDialog.current?.showModal()}
            />
          )}
          {tab !== 'Overview' && tab !== 'API' && <p className={styles.muted}>The {tab} tab is not part of this simulation. The API tab is where clients are made.</p>}
        </div>
        <UndoNotice replace={replacer} place="console" />
      </div>
      <CreateClientDialog ref={createDialog} existing={clients} version={version} headingLevel={dialogLevel} onCreate={create} onCancel={() => createDialog.current?.close()} />
      <SecretOnceDialog ref={secretDialog} credentials={created} headingLevel={dialogLevel} onClose={() => setCreated(undefined)} />
    </div>
    </>
  );
}
