import { useState, type ReactNode } from 'react';
import { maskSecret } from '@site/src/lib/credentials';
import styles from './styles.module.css';

/** A secret shown masked, with a toggle button to reveal it (off again on every mount). */
export default function SecretValue({ secret, testId }: { secret: string; testId?: string }): ReactNode {
  const [shown, setShown] = useState(false);
  return (
    <span className={styles.secret}>
      <code data-testid={testId}>{shown ? secret : maskSecret(secret)}</code>
      <button type="button" className="button button--sm button--secondary" aria-pressed={shown} onClick={() => setShown((s) => !s)}>
        Show secret
      </button>
    </span>
  );
}
