import { forwardRef, useId, useState, type ReactNode } from 'react';
import { SUGGESTED_FILE_NAMES, writeConsoleFile, type Credentials } from '@site/src/lib/credentials';
import { useCamundaVersion } from '@site/src/hooks/useCamundaVersion';
import { SecretValue } from '@site/src/components/CredentialsSummary';
import { downloadText } from '@site/src/components/CredentialsEditor/browserIo';
import { useCopyToClipboard } from '@site/src/hooks/useCopyToClipboard';
import styles from './styles.module.css';

interface SecretOnceDialogProps {
  /** The new client's credentials; dropped by the parent when the dialog closes. */
  credentials: Credentials | undefined;
  headingLevel: 2 | 3 | 4 | 5;
  onClose: () => void;
}

/** Shown once after "Create": the only place the Console ever shows the secret. */
const SecretOnceDialog = forwardRef<HTMLDialogElement, SecretOnceDialogProps>(function SecretOnceDialog({ credentials, headingLevel, onClose }, ref): ReactNode {
  const [version] = useCamundaVersion();
  const id = useId();
  const [copied, setCopied] = useState('');
  const { copy: copyText } = useCopyToClipboard();
  const Heading = `h${headingLevel}` as 'h2';
  const copy = async (what: string, value: string) => {
    setCopied((await copyText(value)) ? `${what} copied to the clipboard.` : `Copying was refused by the browser; select the ${what.toLowerCase()} and copy it by hand.`);
  };
  return (
    <dialog
      ref={ref}
      className={styles.dialog}
      aria-labelledby={`${id}-title`}
      onClose={() => {
        setCopied('');
        onClose();
      }}
    >
      {credentials && (
        <>
          <Heading id={`${id}-title`} className={styles.dialogTitle}>
            Client credentials for {credentials.name}
          </Heading>
          <p className={styles.warning} data-testid="secret-once-warning">
            <strong>Copy or download the client secret now.</strong> It is shown only this once: after you close this dialog the Console cannot
            show it again. If it is lost, create a new client.
          </p>
          <dl className={styles.credentialList}>
            <div>
              <dt>Client ID</dt>
              <dd>
                <code data-testid="console-client-id">{credentials.clientId}</code>
                <button type="button" className="button button--sm button--secondary" onClick={() => void copy('Client ID', credentials.clientId)}>
                  Copy client ID
                </button>
              </dd>
            </div>
            <div>
              <dt>Client secret</dt>
              <dd>
                <SecretValue secret={credentials.clientSecret} testId="console-client-secret" />
                <button type="button" className="button button--sm button--secondary" onClick={() => void copy('Client secret', credentials.clientSecret)}>
                  Copy client secret
                </button>
              </dd>
            </div>
            <div>
              <dt>Cluster ID</dt>
              <dd>
                <code>{credentials.clusterId}</code>
              </dd>
            </div>
            <div>
              <dt>Region</dt>
              <dd>
                <code>{credentials.region}</code>
              </dd>
            </div>
            <div>
              <dt>OAuth URL</dt>
              <dd>
                <code>{credentials.authorizationServerUrl}</code>
              </dd>
            </div>
          </dl>
          <p role="status" className={styles.copyStatus}>
            {copied}
          </p>
          <div className={styles.dialogButtons}>
            <button type="button" className="button button--primary" onClick={() => downloadText(SUGGESTED_FILE_NAMES.shell, writeConsoleFile(credentials, version === '8.8' ? '8.8' : 'classic'))}>
              Download credentials
            </button>
            <button type="button" className="button button--secondary" onClick={(e) => e.currentTarget.closest('dialog')?.close()}>
              Close
            </button>
          </div>
        </>
      )}
    </dialog>
  );
});

export default SecretOnceDialog;
