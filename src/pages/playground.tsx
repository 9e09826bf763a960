import { useState, type ReactNode } from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import CredentialsEditor from '@site/src/components/CredentialsEditor';
import SimulatedConsole from '@site/src/components/SimulatedConsole';
import TokenRequestPanel from '@site/src/components/TokenRequestPanel';
import MockServerSettings from '@site/src/components/MockServerSettings';
import TokenInspector from '@site/src/components/TokenInspector';
import CallZeebePanel from '@site/src/components/CallZeebePanel';
import DrivenClient from '@site/src/components/DrivenClient';
import ReproBanner from '@site/src/components/ReproBanner';
import LiveRateLimit from '@site/src/components/LiveRateLimit';
import { useMockAuthServer } from '@site/src/hooks/useMockAuthServer';
import { useReproScenario } from '@site/src/hooks/useReproScenario';
import styles from './playground.module.css';

export default function Playground(): ReactNode {
  const mockState = useMockAuthServer();
  const repro = useReproScenario(mockState);
  const [lastToken, setLastToken] = useState<string | undefined>();
  const server = mockState.mock && mockState.status?.state === 'running' ? mockState.mock.getBrowserAuthServer() : undefined;
  return (
    <Layout title="Token playground" description="Try the Camunda 8 client-credentials flow in your browser: credentials, token request, token inspection, rate limits.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Token playground</Heading>
        <p className={styles.intro}>
          Every step of the client-credentials flow, in your browser. Token requests go to a mock authorization server that
          runs inside this page (a service worker answers the page&apos;s own <code>fetch</code>), so nothing you paste or
          generate here leaves your machine.
        </p>
        <p className={styles.intro}>
          Your own program printed an error? Paste it into the <Link to="/docs/troubleshooting#error-doctor">Error output</Link> field
          of the Troubleshooting page to find the case that fits.
        </p>
        <ReproBanner scenario={repro} />
        <section className={styles.section} aria-labelledby="credentials-heading">
          <Heading as="h2" id="credentials-heading">
            1. Your credentials
          </Heading>
          <CredentialsEditor mockState={mockState} />
          <details className={styles.details}>
            <summary>Create a client in a simulated Console</summary>
            <p>
              The same steps as in the real Console (see <Link to="/docs/create-a-client">Create a client</Link>): the new client&apos;s file lands in
              the editor above.
            </p>
            <SimulatedConsole headingLevel={3} />
          </details>
        </section>
        <section className={styles.section} aria-labelledby="request-heading">
          <Heading as="h2" id="request-heading">
            2. Request a token
          </Heading>
          <p>
            Prefer your own client or <code>curl</code>? The same mock runs on your machine:{' '}
            <Link to="/docs/mock-auth-server">run the local mock auth server</Link>.
          </p>
          <TokenRequestPanel mockState={mockState} onToken={setLastToken} prefill={repro.plan?.prefill} />
          <details className={styles.details}>
            <summary>Mock server settings and faults</summary>
            <MockServerSettings server={server} />
          </details>
        </section>
        <section className={styles.section} aria-labelledby="inspect-heading">
          <Heading as="h2" id="inspect-heading">
            3. Inspect the token
          </Heading>
          <p>
            Each token the mock issues opens here; you can also paste any other token. Read more in{' '}
            <Link to="/docs/access-tokens">Access tokens</Link>.
          </p>
          <TokenInspector token={lastToken} />
        </section>
        <section className={styles.section} aria-labelledby="call-heading">
          <Heading as="h2" id="call-heading">
            4. Call Zeebe
          </Heading>
          <p>
            The last step of the flow: send the token to the cluster&apos;s REST API as <code>Authorization: Bearer</code>. A mock
            cluster in this page checks it as the real one does (signature, expiry, audience, cluster) and answers; the buttons
            below show what each broken token gets. <Link to="/docs/access-tokens">Access tokens</Link> explains 401 versus 403.
          </p>
          <CallZeebePanel mockState={mockState} token={lastToken} />
          <details className={styles.details}>
            <summary>Drive a client with a token cache</summary>
            <p>
              A client keeps its token and decides when to fetch a new one. Pick a strategy, shorten the token lifetime in the mock
              server settings (step 2) to a few seconds, and start calling: the client&apos;s token requests appear on the live
              timeline below. With &quot;refresh ahead&quot; no call fails; with &quot;refresh on 401&quot; one call per token
              does. The <Link to="/docs/caching-and-rate-limits">caching guide</Link> compares the strategies.
            </p>
            <DrivenClient mockState={mockState} />
          </details>
        </section>
        <section className={styles.section} aria-labelledby="rate-limit-heading">
          <Heading as="h2" id="rate-limit-heading">
            5. Watch the rate limit
          </Heading>
          <p>
            Every token request this page sends appears below as it happens, and every call to the mock cluster as a short bar on
            its client&apos;s lane (red when refused). Click <strong>Request token</strong> a few times in
            quick succession: after five, the mock blocks this page for a minute and answers 429, as Camunda blocks an address
            that asks too often. The <Link to="/docs/caching-and-rate-limits">caching and rate limits guide</Link> explains why,
            with a simulator.
          </p>
          <LiveRateLimit server={server} api={server ? mockState.mock?.getBrowserClusterApi() : undefined} />
        </section>
      </main>
    </Layout>
  );
}
