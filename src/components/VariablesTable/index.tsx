import type { ReactNode } from 'react';
import { buildVariableTable, type VariableGeneration } from '@site/src/lib/credentials';
import styles from './styles.module.css';

/**
 * The reference table of every credentials variable and property, rendered at build time from
 * the same catalogue the parser uses, so the page and the checker cannot disagree.
 */
export default function VariablesTable({ generations, label = 'Credentials variables' }: { generations?: VariableGeneration[]; label?: string }): ReactNode {
  const rows = buildVariableTable((v) => !generations || generations.includes(v.generation));
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
                {v.generationLabel}
                <span className={styles.muted}> · in the Console file: {v.inConsoleFile}</span>
              </td>
              <td>{v.purpose}</td>
              <td>{v.shape}</td>
              <td>{v.readBy.length ? v.readBy.join(', ') : 'no client (information only)'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
