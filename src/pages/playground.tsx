import { Fragment, useCallback, useState, type ReactNode } from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import ReproBanner from '@site/src/components/ReproBanner';
import GuidedRun from '@site/src/components/GuidedRun';
import ResetControl from '@site/src/components/PlaygroundSections/ResetControl';
import CredentialsSection from '@site/src/components/PlaygroundSections/CredentialsSection';
import RequestSection from '@site/src/components/PlaygroundSections/RequestSection';
import InspectSection from '@site/src/components/PlaygroundSections/InspectSection';
import CallSection from '@site/src/components/PlaygroundSections/CallSection';
import HistorySection from '@site/src/components/PlaygroundSections/HistorySection';
import RateLimitSection from '@site/src/components/PlaygroundSections/RateLimitSection';
import NextSteps from '@site/src/components/PlaygroundSections/NextSteps';
import { useMockAuthServer } from '@site/src/hooks/useMockAuthServer';
import { useReproScenario } from '@site/src/hooks/useReproScenario';
import styles from '@site/src/components/PlaygroundSections/styles.module.css';

/**
 * The playground in the order a newcomer needs it: the guided run, then each step in its own
 * self-contained section. Reset remounts the sections (the key) after returning the shared state
 * and the mock to their defaults.
 */
export default function Playground(): ReactNode {
  const mockState = useMockAuthServer();
  const repro = useReproScenario(mockState);
  const [lastToken, setLastToken] = useState<string | undefined>();
  const [generation, setGeneration] = useState(0);
  const onReset = useCallback(() => {
    setLastToken(undefined);
    setGeneration((g) => g + 1);
  }, []);
  return (
    <Layout title="Token playground" description="Try the Camunda 8 client-credentials flow in your browser: credentials, token request, token inspection, rate limits.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Token playground</Heading>
        <p className={styles.intro}>
          For developers trying the client-credentials flow before wiring up their own client. Every step runs in your browser: token requests
          go to a mock authorization server inside this page (a service worker answers the page&apos;s own <code>fetch</code>), so nothing you
          paste or generate here leaves your machine.
        </p>
        <p className={styles.intro}>
          Your own program printed an error? Paste it into the <Link to="/docs/troubleshooting#error-doctor">Error output</Link> field of the
          Troubleshooting page to find the case that fits.
        </p>
        <ReproBanner scenario={repro} />
        <ResetControl mockState={mockState} onReset={onReset} />
        <Fragment key={generation}>
          <GuidedRun />
          <CredentialsSection mockState={mockState} />
          <RequestSection mockState={mockState} onToken={setLastToken} prefill={repro.plan?.prefill} />
          <InspectSection token={lastToken} />
          <CallSection mockState={mockState} token={lastToken} />
          <HistorySection />
          <RateLimitSection mockState={mockState} />
          <NextSteps />
        </Fragment>
      </main>
    </Layout>
  );
}
