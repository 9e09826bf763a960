import type { ReactNode } from 'react';
import { CLIENT_FACTS, FACT_CLIENT_LABELS, SOURCES, type FactClient, type FactTopic } from '@site/src/lib/clientFacts';
import styles from './styles.module.css';

export interface ClientFactsTableProps {
  topics?: readonly FactTopic[];
  clients?: readonly FactClient[];
  label: string;
}

/** Client facts as a table: who, what, for which versions, and where it was checked. */
export default function ClientFactsTable({ topics, clients, label }: ClientFactsTableProps): ReactNode {
  const facts = CLIENT_FACTS.filter((f) => (!topics || topics.includes(f.topic)) && (!clients || clients.includes(f.client)));
  return (
    <div className={styles.wrap} role="region" aria-label={label} tabIndex={0}>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">Client</th>
            <th scope="col">What it does</th>
            <th scope="col">Versions</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {facts.map((f) => (
            <tr key={f.id} data-fact={f.id}>
              <th scope="row">{FACT_CLIENT_LABELS[f.client]}</th>
              <td>
                {f.text}
                {!f.confirmed && <strong> Not confirmed.</strong>}
              </td>
              <td>{f.versions}</td>
              <td>
                {f.sources.map((id, i) => (
                  <span key={id}>
                    {i > 0 && <br />}
                    <a href={SOURCES[id].url}>{SOURCES[id].title}</a>
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
