import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import WhenVisible from '@site/src/components/WhenVisible';
import { LOAD_AT_ONCE } from './lazyPanels';
import type { MockAuthServerState } from '@site/src/hooks/useMockAuthServer';
import type { TokenRequestPrefill } from '@site/src/lib/troubleshooting/repro';
import styles from './styles.module.css';

export interface RequestSectionProps {
  mockState: MockAuthServerState;
  onToken: (token: string) => void;
  prefill?: TokenRequestPrefill;
}

/** Step 2: the token request, and the mock's settings and faults. */
export default function RequestSection({ mockState, onToken, prefill }: RequestSectionProps): ReactNode {
  const server = mockState.mock && mockState.status?.state === 'running' ? mockState.mock.getBrowserAuthServer() : undefined;
  return (
    <section className={styles.section} aria-labelledby="request-heading">
      <Heading as="h2" id="request-heading">
        2. Request a token
      </Heading>
      <p>
        Prefer your own client or <code>curl</code>? The same mock runs on your machine:{' '}
        <Link to="/docs/mock-auth-server">run the local mock auth server</Link>.
      </p>
      <WhenVisible
        label="the token request"
        minHeight="22rem"
        eagerHash={LOAD_AT_ONCE}
        load={() => import('@site/src/components/TokenRequestPanel')}
        props={{ mockState, onToken, prefill }}
      />
      <details className={styles.details}>
        <summary>Mock server settings and faults</summary>
        <WhenVisible label="the mock server settings" minHeight="16rem" eagerHash={LOAD_AT_ONCE} load={() => import('@site/src/components/MockServerSettings')} props={{ server }} />
      </details>
    </section>
  );
}
