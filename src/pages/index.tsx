import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import styles from './index.module.css';

interface Destination {
  title: string;
  to: string;
  action: string;
  body: string;
}

// The reasons people come here, in the order a newcomer needs them.
const destinations: Destination[] = [
  {
    title: 'Run a worker now',
    to: '/docs/quickstart',
    action: 'Open the Quickstart',
    body: 'A complete job worker in Java, Spring Boot, Node.js, Python, Go or C#: install, run against a mock on your machine, then against your cluster, with what you should see after each step.',
  },
  {
    title: 'Learn the flow',
    to: '/docs/how-authentication-works',
    action: 'Read the guide',
    body: 'Client id and secret, access token, call Zeebe: the three steps, why tokens expire, and why your client must cache them.',
  },
  {
    title: 'Try it in the playground',
    to: '/playground',
    action: 'Open the playground',
    body: 'Load or generate credentials, request a token from a mock authorization server in your browser, and see the exact request and answer.',
  },
  {
    title: 'Config for your language',
    to: '/docs/connect-your-client',
    action: 'Connect your client',
    body: 'Copy-paste configuration for Java, Spring Boot, Node.js, Go, Python, C#, curl and containers, filled in with your own credentials in the browser.',
  },
];

export default function Home(): ReactNode {
  return (
    <Layout
      title="Camunda 8 client authentication"
      description="Learn how Camunda 8 API clients authenticate to Zeebe with OAuth 2.0 client credentials, and try every step in your browser."
    >
      <main>
        <header className={styles.hero}>
          <Heading as="h1" className={styles.title}>
            Get your Camunda 8 client authenticated
          </Heading>
          <p className={styles.lead}>
            A guide and a playground for the OAuth 2.0 client-credentials flow that every Camunda 8
            SaaS client uses to reach Zeebe: from the credentials file you download in the Console to
            a cached access token on every call.
          </p>
        </header>
        <section className={styles.cards} aria-label="Where to start">
          {destinations.map((d) => (
            <article key={d.to} className={styles.card}>
              <Heading as="h2">{d.title}</Heading>
              <p>{d.body}</p>
              <Link className="button button--primary" to={d.to}>
                {d.action}
              </Link>
            </article>
          ))}
        </section>
        <p className={styles.privacy}>
          Everything runs in your browser. Tokens come from a mock authorization server inside this
          page; no credential you paste or generate is sent anywhere.
        </p>
      </main>
    </Layout>
  );
}
