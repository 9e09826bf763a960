import type { ReactNode } from 'react';
import { useCamundaVersion } from '@site/src/hooks/useCamundaVersion';
import { versionLabel } from '@site/src/lib/camundaVersion';
import { buildVariableTable, readBySources, shownForVersion, VARIABLES, type VariableGeneration } from '@site/src/lib/credentials';
import styles from './styles.module.css';

/**
 * The reference table of every credentials variable and property, rendered from the same catalogue
 * the parser uses, so the page and the checker cannot disagree. Rows follow the site's Camunda
 * version choice; the footnotes say where each client's reading was checked.
 */
export default function VariablesTable({ generations, label = 'Credentials variables' }: { generations?: VariableGeneration[]; label?: string }): ReactNode {
  const [version] = useCamundaVersion();
  const filter = (v: (typeof VARIABLES)[number]) => (!generations || generations.includes(v.generation)) && shownForVersion(v, version);
  const rows = buildVariableTable(filter);
  const sources = readBySources(VARIABLES.filter(filter));
  return (
    <>
      {/* Focusable so keyboard users can scroll it sideways on narrow screens. */}
      <div className={styles.wrap} role="region" aria-label={`${label} (Camunda ${versionLabel(version)})`} tabIndex={0}>
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
                  <span className={styles.muted}> · {v.versions} · in the Console file: {v.inConsoleFile}</span>
                </td>
                <td>{v.purpose}</td>
                <td>{v.shape}</td>
                <td>{v.readBy.length ? v.readBy.join(', ') : 'no client (information only)'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className={styles.sources}>
        <strong>Sources</strong> (which client reads what, checked in its code or docs):{' '}
        {sources.map((s, i) => (
          <span key={s.client}>
            {i > 0 && '; '}
            {s.client} ({s.versions}):{' '}
            {s.sources.map((src, j) => (
              <span key={src.url}>
                {j > 0 && ', '}
                <a href={src.url}>{src.title}</a>
              </span>
            ))}
          </span>
        ))}
        .
      </p>
    </>
  );
}
