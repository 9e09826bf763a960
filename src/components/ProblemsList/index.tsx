import type { ReactNode } from 'react';
import clsx from 'clsx';
import { countProblems, type Problem } from '@site/src/lib/credentials';
import styles from './styles.module.css';

const SEVERITY_LABEL = { error: 'Error', warning: 'Warning', info: 'Info' } as const;

export interface ProblemsListProps {
  problems: readonly Problem[];
  /** When given, each problem is a button that moves the editor's cursor there. */
  onSelect?: (problem: Problem) => void;
  /** Shown when there is nothing to report. */
  emptyText?: string;
  /** Accessible name of the list. */
  label?: string;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The checker's findings in reading order, each with its line:column, severity and message. */
export default function ProblemsList({ problems, onSelect, emptyText = 'No problems found.', label = 'Problems' }: ProblemsListProps): ReactNode {
  const counts = countProblems(problems);
  const summary = problems.length
    ? [counts.error && plural(counts.error, 'error'), counts.warning && plural(counts.warning, 'warning'), counts.info && plural(counts.info, 'note')]
        .filter(Boolean)
        .join(', ')
    : emptyText;
  return (
    <div className={styles.problems}>
      <p className={clsx(styles.summary, !problems.length && styles.clean)} role="status" data-testid="problems-summary">
        {summary}
      </p>
      {problems.length > 0 && (
        <ul className={styles.list} aria-label={label}>
          {problems.map((p, i) => {
            const body = (
              <>
                <span className={clsx(styles.badge, styles[p.severity])}>{SEVERITY_LABEL[p.severity]}</span>
                <span className={styles.position}>
                  Line {p.line}:{p.column}
                </span>
                <span className={styles.message}>{p.message}</span>
              </>
            );
            return (
              <li key={`${p.line}:${p.column}:${p.code}:${i}`} data-line={p.line} data-severity={p.severity} data-code={p.code}>
                {onSelect ? (
                  <button type="button" className={styles.item} onClick={() => onSelect(p)}>
                    {body}
                  </button>
                ) : (
                  <div className={styles.item}>{body}</div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
