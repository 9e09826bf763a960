import type { ReactNode } from 'react';
import clsx from 'clsx';
import Heading from '@theme/Heading';
import { useGuidedRun } from '@site/src/hooks/useGuidedRun';
import styles from './styles.module.css';

const STATUS_LABEL = { done: 'Done', current: 'Next', todo: 'To do' } as const;

/**
 * The checklist for someone who has nothing yet. It only shows progress: each step is checked off
 * by what happened on the page (credentials loaded, a token issued, the token on screen, an
 * answer from the cluster), and links to the section that does it.
 */
export default function GuidedRun(): ReactNode {
  const { steps, complete } = useGuidedRun();
  const done = steps.filter((s) => s.status === 'done').length;
  return (
    <section className={styles.guided} aria-labelledby="guided-heading">
      <Heading as="h2" id="guided-heading">
        First run: four steps
      </Heading>
      <p>Nothing yet? Follow these steps; each is checked off when it has really happened on this page.</p>
      <ol className={styles.steps} aria-label="Guided first run">
        {steps.map((step) => (
          <li key={step.id} className={clsx(styles.step, styles[step.status])} aria-current={step.status === 'current' ? 'step' : undefined} data-status={step.status}>
            <span className={styles.marker} aria-hidden="true">
              {step.status === 'done' ? '✓' : ''}
            </span>
            <div>
              <strong>{step.title}</strong> <span className={styles.label}>({STATUS_LABEL[step.status]})</span>
              <p>{step.action}</p>
              {step.status !== 'done' && <a href={`#${step.target}`}>Go to {step.title.toLowerCase()}</a>}
            </div>
          </li>
        ))}
      </ol>
      <p role="status" className={styles.progress} data-testid="guided-progress">
        {complete ? 'All four steps done: you have made the whole client-credentials flow work. See Next at the end of the page.' : `${done} of 4 steps done.`}
      </p>
    </section>
  );
}
