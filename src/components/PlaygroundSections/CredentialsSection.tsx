import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import CredentialsEditor from '@site/src/components/CredentialsEditor';
import WhenVisible from '@site/src/components/WhenVisible';
import { LOAD_AT_ONCE } from './lazyPanels';
import type { MockAuthServerState } from '@site/src/hooks/useMockAuthServer';
import styles from './styles.module.css';

/** Step 1: the simulated Console first (it makes a client), then the editor it fills. */
export default function CredentialsSection({ mockState }: { mockState: MockAuthServerState }): ReactNode {
  return (
    <section className={styles.section} aria-labelledby="credentials-heading">
      <Heading as="h2" id="credentials-heading">
        1. Your credentials
      </Heading>
      <p>
        No client yet? Create one in the simulated Console (the same steps as in the real Console, see{' '}
        <Link to="/docs/create-a-client">Create a client</Link>), or generate mock credentials below. Already have a credentials file? Paste or
        upload it into the editor.
      </p>
      <details className={styles.details}>
        <summary>Create a client in a simulated Console</summary>
        <p>The new client&apos;s file lands in the editor below.</p>
        <WhenVisible label="the simulated Console" minHeight="20rem" eagerHash={LOAD_AT_ONCE} load={() => import('@site/src/components/SimulatedConsole')} props={{ headingLevel: 3 as const }} />
      </details>
      <CredentialsEditor mockState={mockState} />
    </section>
  );
}
