import type { ReactNode } from 'react';
import Heading from '@theme/Heading';
import ExchangeHistory from '@site/src/components/ExchangeHistory';
import styles from './styles.module.css';

/** The page's exchanges so far, each copyable as curl. */
export default function HistorySection(): ReactNode {
  return (
    <section className={styles.section} aria-labelledby="history-heading">
      <Heading as="h2" id="history-heading">
        History of this page
      </Heading>
      <p>Token requests and cluster calls sent from this page, newest first. Copy one as a curl command to repeat it from a terminal.</p>
      <ExchangeHistory />
    </section>
  );
}
