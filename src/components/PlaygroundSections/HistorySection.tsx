import type { ReactNode } from 'react';
import Heading from '@theme/Heading';
import WhenVisible from '@site/src/components/WhenVisible';
import { LOAD_AT_ONCE } from './lazyPanels';
import styles from './styles.module.css';

/** The page's exchanges so far, each copyable as curl. */
export default function HistorySection(): ReactNode {
  return (
    <section className={styles.section} aria-labelledby="history-heading">
      <Heading as="h2" id="history-heading">
        History of this page
      </Heading>
      <p>Token requests and cluster calls sent from this page, newest first. Copy one as a curl command to repeat it from a terminal.</p>
      <WhenVisible label="the history" minHeight="6rem" eagerHash={LOAD_AT_ONCE} load={() => import('@site/src/components/ExchangeHistory')} props={{}} />
    </section>
  );
}
