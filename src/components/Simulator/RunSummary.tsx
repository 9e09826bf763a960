import type { ReactNode } from 'react';
import type { SimulationResult } from '@site/src/lib/simulator';
import { countProgress } from '@site/src/lib/simulatorView/progress';
import { describeRun, summaryFigures } from '@site/src/lib/simulatorView/runSummary';
import { formatCount } from '@site/src/lib/simulatorView/timeFormat';
import { formatDuration } from '@site/src/lib/time/duration';
import styles from './styles.module.css';

interface Props {
  result: SimulationResult;
  id: string;
  playHead: number;
  /** Prefix for test ids when two runs are shown ("a", "b"). */
  testId: string;
}

/** The run's figures (whole run) and what has happened up to the play head. */
export default function RunSummary({ result, id, playHead, testId }: Props): ReactNode {
  const progress = countProgress(result, playHead);
  const atEnd = playHead >= result.durationMs;
  return (
    <div className={styles.summary}>
      <p className={styles.progress} data-testid={`${testId}-progress`}>
        {atEnd ? 'Whole run' : `Up to ${formatDuration(playHead)}`}: {formatCount(progress.requests)} token requests,{' '}
        <span data-testid={`${testId}-progress-429`}>{formatCount(progress.byOutcome.rate_limited)}</span> answered 429,{' '}
        {formatCount(progress.blocks)} {progress.blocks === 1 ? 'block' : 'blocks'}.
      </p>
      <dl className={styles.figures} aria-label="Whole run">
        {summaryFigures(result).map((f) => (
          <div key={f.id} className={styles.figure}>
            <dt>{f.label}</dt>
            <dd data-testid={`${testId}-figure-${f.id}`}>{f.value}</dd>
          </div>
        ))}
      </dl>
      <p id={id} className={styles.description}>
        {describeRun(result)}
      </p>
      {result.truncated.lists.length > 0 && (
        <p className={styles.hint}>
          This run is too large to draw every request; the figures count everything, the drawing shows the first {formatCount(100_000)} of each kind.
        </p>
      )}
    </div>
  );
}
