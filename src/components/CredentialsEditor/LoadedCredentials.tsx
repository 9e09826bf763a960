import { useId, type ReactNode } from 'react';
import CredentialsSummary from '@site/src/components/CredentialsSummary';
import type { CredentialsOrigin } from '@site/src/components/CredentialsProvider';
import type { Credentials } from '@site/src/lib/credentials';
import DownloadAs from './DownloadAs';
import styles from './styles.module.css';

export interface LoadedCredentialsProps {
  credentials: Credentials | undefined;
  origin: CredentialsOrigin | undefined;
  /** Why the in-page mock refused these credentials, if it did. */
  registrationFailure: string | undefined;
  remember: boolean;
  onRemember: (remember: boolean) => void;
}

/** What was read from the editor, its downloads, and whether it is kept for the tab. */
export default function LoadedCredentials({ credentials, origin, registrationFailure, remember, onRemember }: LoadedCredentialsProps): ReactNode {
  const id = useId();
  return (
    <>
      <h3 className={styles.subheading}>Loaded credentials</h3>
      {credentials ? (
        <>
          <CredentialsSummary credentials={credentials} origin={origin} />
          <DownloadAs credentials={credentials} />
        </>
      ) : (
        <p className={styles.hint}>None yet. The summary appears once the file names a client id, a secret and a cluster.</p>
      )}
      {registrationFailure && (
        <p className={styles.noticeError} role="alert">
          {registrationFailure}
        </p>
      )}
      <p className={styles.note}>
        The in-page mock knows only the clients made here (generated, or created in the simulated Console). It cannot check a real
        credentials file you paste: its token request says so, and offers to let the mock accept that client for this page session.
      </p>
      <div className={styles.remember}>
        <label className={styles.inline}>
          <input type="checkbox" checked={remember} onChange={(e) => onRemember(e.target.checked)} aria-describedby={`${id}-remember`} /> Remember for
          this tab
        </label>
        <p className={styles.hint} id={`${id}-remember`}>
          Off: the credentials live only in this page&apos;s memory and are gone on reload. On: they are kept in this tab&apos;s sessionStorage until
          the tab is closed. Never in localStorage, cookies or the URL.
        </p>
      </div>
    </>
  );
}
