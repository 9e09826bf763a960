import { useId, useState, type ReactNode } from 'react';
import { useCopyToClipboard } from '@site/src/hooks/useCopyToClipboard';
import { encodeScenarioLink, type ScenarioInput } from '@site/src/lib/simulator';
import styles from './styles.module.css';

/** "Copy link": the scenario's settings (never credentials) in the URL fragment. */
export default function ShareLink({ scenario, seed }: { scenario: ScenarioInput | null; seed: number | null }): ReactNode {
  const id = useId();
  const [link, setLink] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const { copy: copyToClipboard } = useCopyToClipboard();
  const copy = async () => {
    if (!scenario || seed === null) return;
    const fragment = encodeScenarioLink(scenario, seed);
    const url = `${window.location.origin}${window.location.pathname}${window.location.search}#${fragment}`;
    setLink(url);
    window.history.replaceState(window.history.state, '', `#${fragment}`);
    setStatus((await copyToClipboard(url)) ? 'Link copied. It holds the settings and the seed, nothing else.' : 'Copying is not allowed here; select the link below and copy it.');
  };
  return (
    <div className={styles.share}>
      <button type="button" className="button button--sm button--outline button--primary" onClick={() => void copy()} disabled={!scenario || seed === null}>
        Copy link
      </button>
      <span role="status" className={styles.hint}>
        {status}
      </span>
      {link && (
        <div className={styles.field}>
          <label htmlFor={`${id}-link`}>Link to this scenario</label>
          <input id={`${id}-link`} type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        </div>
      )}
    </div>
  );
}
