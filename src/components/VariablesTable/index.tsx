import type { ReactNode } from 'react';
import { CLIENT_LABELS, VARIABLES, type VariableGeneration } from '@site/src/lib/credentials';
import styles from './styles.module.css';

const GENERATION_LABEL: Record<VariableGeneration, string> = {
  classic: 'Console file (every generation)',
  '8.8': 'Newer Console files (8.8 era)',
  spring: 'Spring Boot starter (8.6 and newer)',
  'spring-legacy': 'Spring Boot starter (8.5 and older)',
  client: 'Read by clients, never in the Console file',
};

const IN_FILE_LABEL = { always: 'always', 'with-scope': 'with its scope', '8.8': 'newer files' } as const;

/**
 * The reference table of every credentials variable and property, rendered at build time from
 * the same catalogue the parser uses, so the page and the checker cannot disagree.
 */
export default function VariablesTable({ generations, label = 'Credentials variables' }: { generations?: VariableGeneration[]; label?: string }): ReactNode {
  const rows = VARIABLES.filter((v) => !generations || generations.includes(v.generation));
  return (
    // Focusable so keyboard users can scroll it sideways on narrow screens.
    <div className={styles.wrap} role="region" aria-label={label} tabIndex={0}>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Generation</th>
            <th scope="col">Purpose</th>
            <th scope="col">Shape</th>
            <th scope="col">Read by</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((v) => (
            <tr key={v.name}>
              <th scope="row">
                <code>{v.name}</code>
                {v.secret && <span className={styles.secret}> secret</span>}
              </th>
              <td>
                {GENERATION_LABEL[v.generation]}
                {v.inConsoleFile && <span className={styles.muted}> · in the Console file: {IN_FILE_LABEL[v.inConsoleFile]}</span>}
              </td>
              <td>{v.purpose}</td>
              <td>{v.shape}</td>
              <td>{v.readBy.length ? v.readBy.map((c) => CLIENT_LABELS[c]).join(', ') : 'no client (information only)'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
