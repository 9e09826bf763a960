import type { ReactNode } from 'react';
import { findFact, SOURCES } from '@site/src/lib/clientFacts';
import styles from './styles.module.css';

/**
 * A small footnote for one client fact: the versions it holds for and where it was checked.
 * Unconfirmed facts say so in words.
 */
export default function FactSourceLinks({ factId }: { factId: string }): ReactNode {
  const fact = findFact(factId);
  if (!fact) return null;
  return (
    <small className={styles.source} data-fact={fact.id}>
      [{fact.versions}
      {!fact.confirmed && '; not confirmed'}; source:{' '}
      {fact.sources.map((id, i) => (
        <span key={id}>
          {i > 0 && ', '}
          <a href={SOURCES[id].url}>{SOURCES[id].title}</a>
        </span>
      ))}
      ]
    </small>
  );
}
