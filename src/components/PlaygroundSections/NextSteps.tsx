import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import styles from './styles.module.css';

/** Where a reader goes after the playground. */
export default function NextSteps(): ReactNode {
  return (
    <section className={styles.section} aria-labelledby="next-heading">
      <Heading as="h2" id="next-heading">
        Next
      </Heading>
      <ul className={styles.next}>
        <li>
          <Link to="/docs/connect-your-client">
            <strong>Connect your client</strong>
          </Link>
          <p>Configure your own client (Java, Spring Boot, Node.js, Python, Go, C#) with the credentials you tried here.</p>
        </li>
        <li>
          <Link to="/docs/troubleshooting">
            <strong>Troubleshooting</strong>
          </Link>
          <p>Your program gets 401, 403 or 429? Find the case that fits, and paste its error output to narrow it down.</p>
        </li>
      </ul>
    </section>
  );
}
