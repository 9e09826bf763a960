import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import TokenRequestPanel from '@site/src/components/TokenRequestPanel';
import MockServerSettings from '@site/src/components/MockServerSettings';
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
      <TokenRequestPanel mockState={mockState} onToken={onToken} prefill={prefill} />
      <details className={styles.details}>
        <summary>Mock server settings and faults</summary>
        <MockServerSettings server={server} />
      </details>
    </section>
  );
}
