import type { ReactNode } from 'react';
import clsx from 'clsx';
import type { TokenProblem } from '@site/src/lib/token/problems';
import styles from './styles.module.css';

const PREFIX = { error: 'Error', warning: 'Warning', info: 'Fixed for you' } as const;

/** Problems with a word for their severity, so colour is never the only cue. */
export default function ProblemList({ problems, label }: { problems: readonly TokenProblem[]; label: string }): ReactNode {
  if (problems.length === 0) return null;
  return (
    <ul className={styles.problems} aria-label={label}>
      {problems.map((p, i) => (
        <li key={`${p.code}-${i}`} className={clsx(styles.problem, styles[`problem-${p.severity}`])} data-code={p.code}>
          <strong>{PREFIX[p.severity]}:</strong> {p.message}
        </li>
      ))}
    </ul>
  );
}
