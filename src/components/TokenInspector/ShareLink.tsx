import { useId, useState, type ReactNode } from 'react';
import { useCopyToClipboard } from '@site/src/hooks/useCopyToClipboard';
import { buildShareLink, TOKEN_CREDENTIAL_WARNING } from '@site/src/lib/token/shareLink';
import styles from './styles.module.css';

/**
 * Makes a link that opens this page with the token after '#'. Browsers never send the fragment to a
 * server, so the token stays out of logs; the link is shown for copying and is not kept anywhere.
 */
export default function ShareLink({ token, stillValid }: { token: string; stillValid: boolean }): ReactNode {
  const id = useId();
  const [link, setLink] = useState<string | undefined>();
  const [copied, setCopied] = useState<boolean | undefined>();
  const { copy } = useCopyToClipboard();

  const share = async () => {
    const base = `${window.location.origin}${window.location.pathname}`;
    const next = buildShareLink(base, token);
    setLink(next);
    // The clipboard can be denied (permissions, an unfocused page); the field below still has the link.
    setCopied(await copy(next));
  };

  return (
    <div className={styles.share}>
      <button type="button" className="button button--secondary button--sm" onClick={() => void share()}>
        Copy share link
      </button>
      {link && (
        <div className={styles.shareResult}>
          <p role="status" className={styles.muted}>
            {copied ? 'The link was copied to the clipboard.' : 'Copy the link from the field below.'}
          </p>
          <label htmlFor={`${id}-link`}>Share link</label>
          <input id={`${id}-link`} className={styles.linkField} readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
          <p className={styles.warning} role="note">
            <strong>{stillValid ? 'This token is still valid. ' : ''}</strong>
            {TOKEN_CREDENTIAL_WARNING}
          </p>
        </div>
      )}
    </div>
  );
}
