import type { ReactNode } from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import type { ReproScenario } from '@site/src/hooks/useReproScenario';
import styles from './styles.module.css';

/**
 * "Reproducing: <case>": what the troubleshooting link set up, what to do next, and, once the
 * mock answered, whether the problem showed.
 */
export default function ReproBanner({ scenario }: { scenario: ReproScenario }): ReactNode {
  const { plan, error, demoClient, lastAnswer, reproduced, end } = scenario;
  if (error) {
    return (
      <section className={clsx('alert alert--danger', styles.banner)} aria-labelledby="repro-heading">
        <Heading as="h2" id="repro-heading" className={styles.heading}>
          Reproduction not set up
        </Heading>
        <p role="alert">{error}</p>
        <button type="button" className="button button--secondary button--sm" onClick={end}>
          Dismiss
        </button>
      </section>
    );
  }
  if (!plan) return null;
  return (
    <section className={clsx('alert alert--info', styles.banner)} aria-labelledby="repro-heading" data-testid="repro-banner">
      <Heading as="h2" id="repro-heading" className={styles.heading}>
        Reproducing: {plan.title}
      </Heading>
      <p>
        Set up from the <Link to="/docs/troubleshooting">troubleshooting page</Link>, on the mock in this page only.{' '}
        {demoClient
          ? 'No credentials were loaded, so the mock made a demo client for it.'
          : 'It uses the client id of the credentials you loaded.'}{' '}
        What to do next:
      </p>
      <ol>
        {plan.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      {plan.fileProblems && plan.fileProblems.length > 0 && (
        <>
          <p className={styles.label}>The credentials check reports:</p>
          <ul className={styles.problems}>
            {plan.fileProblems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </>
      )}
      <p>
        <strong>What it teaches.</strong> {plan.lookFor}
      </p>
      <p role="status" className={styles.outcome}>
        {reproduced
          ? `Reproduced: the mock answered ${describe(lastAnswer)}.`
          : lastAnswer
            ? `Last answer: ${describe(lastAnswer)}.`
            : ''}
      </p>
      <button type="button" className="button button--secondary button--sm" onClick={end}>
        End this reproduction
      </button>
    </section>
  );
}

function describe(answer: ReproScenario['lastAnswer']): string {
  if (!answer) return 'nothing yet';
  const audience = answer.status === 200 && answer.audience ? ` (a token for ${answer.audience})` : '';
  return `${answer.status} ${answer.outcome}${audience}`;
}
