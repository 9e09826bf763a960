import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import WhenVisible from '@site/src/components/WhenVisible';
import { LOAD_AT_ONCE } from './lazyPanels';
import type { MockAuthServerState } from '@site/src/hooks/useMockAuthServer';
import styles from './styles.module.css';

/** Step 4: the token goes to the mock cluster; below, a client that keeps its token. */
export default function CallSection({ mockState, token }: { mockState: MockAuthServerState; token: string | undefined }): ReactNode {
  return (
    <section className={styles.section} aria-labelledby="call-heading">
      <Heading as="h2" id="call-heading">
        4. Call Zeebe
      </Heading>
      <p>
        The last step of the flow: send the token to the cluster&apos;s REST API as <code>Authorization: Bearer</code>. A mock cluster in this
        page checks it as the real one does (signature, expiry, audience, cluster) and answers; the buttons below show what each broken token
        gets. <Link to="/docs/access-tokens">Access tokens</Link> explains 401 versus 403.
      </p>
      <WhenVisible label="the cluster call" minHeight="16rem" eagerHash={LOAD_AT_ONCE} load={() => import('@site/src/components/CallZeebePanel')} props={{ mockState, token }} />
      <details className={styles.details}>
        <summary>Drive a client with a token cache</summary>
        <p>
          A client keeps its token and decides when to fetch a new one. Pick a strategy, shorten the token lifetime in the mock server
          settings (step 2) to a few seconds, and start calling: the client&apos;s token requests appear on the live timeline below. With
          &quot;refresh ahead&quot; no call fails; with &quot;refresh on 401&quot; one call per token does. The{' '}
          <Link to="/docs/caching-and-rate-limits">caching guide</Link> compares the strategies.
        </p>
        <WhenVisible label="the driven client" minHeight="16rem" eagerHash={LOAD_AT_ONCE} load={() => import('@site/src/components/DrivenClient')} props={{ mockState }} />
      </details>
    </section>
  );
}
