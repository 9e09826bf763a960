import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import LiveRateLimit from '@site/src/components/LiveRateLimit';
import type { MockAuthServerState } from '@site/src/hooks/useMockAuthServer';
import styles from './styles.module.css';

/** Step 5: every token request and cluster call of this page on a live timeline. */
export default function RateLimitSection({ mockState }: { mockState: MockAuthServerState }): ReactNode {
  const server = mockState.mock && mockState.status?.state === 'running' ? mockState.mock.getBrowserAuthServer() : undefined;
  return (
    <section className={styles.section} aria-labelledby="rate-limit-heading">
      <Heading as="h2" id="rate-limit-heading">
        5. Watch the rate limit
      </Heading>
      <p>
        Every token request this page sends appears below as it happens, and every call to the mock cluster as a short bar on its
        client&apos;s lane (red when refused). Click <strong>Request token</strong> a few times in quick succession: after five, the mock
        blocks this page for a minute and answers 429, as Camunda blocks an address that asks too often. The{' '}
        <Link to="/docs/caching-and-rate-limits">caching and rate limits guide</Link> explains why, with a simulator.
      </p>
      <LiveRateLimit server={server} api={server ? mockState.mock?.getBrowserClusterApi() : undefined} />
    </section>
  );
}
