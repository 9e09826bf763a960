import type { ReactNode } from 'react';
import { OUTCOMES } from '@site/src/lib/simulatorView/timelineLayout';
import { marksPath } from '@site/src/lib/simulatorView/timelineShapes';
import styles from './styles.module.css';

/** What each colour, shape and pattern means; the same swatches as the drawing. */
export default function Legend(): ReactNode {
  return (
    <ul className={styles.legend} aria-label="Legend">
      {OUTCOMES.map((o) => (
        <li key={o.outcome}>
          <svg width="14" height="14" aria-hidden="true">
            <path d={marksPath(o.shape, [7], 7, 11)} className={styles[`mark_${o.outcome}`]} />
          </svg>
          Token request: {o.label.toLowerCase()}
        </li>
      ))}
      <li>
        <svg width="22" height="12" aria-hidden="true">
          <rect width="22" height="12" className={styles.served} />
        </svg>
        Calls served
      </li>
      <li>
        <svg width="22" height="12" aria-hidden="true">
          <rect width="22" height="12" className={styles.waiting} />
          <circle cx="5" cy="6" r="1.2" className={styles.waitingDot} />
          <circle cx="11" cy="6" r="1.2" className={styles.waitingDot} />
          <circle cx="17" cy="6" r="1.2" className={styles.waitingDot} />
        </svg>
        Calls waiting for a token (dotted)
      </li>
      <li>
        <svg width="22" height="12" aria-hidden="true">
          <rect width="22" height="12" className={styles.failing} />
          <path d="M0 12L12 0M6 12L18 0M12 12L22 2" className={styles.failingStroke} strokeWidth="1.5" />
        </svg>
        Calls failing (striped)
      </li>
      <li>
        <svg width="22" height="12" aria-hidden="true">
          <rect width="22" height="4" className={styles.token} />
        </svg>
        Valid token held (bar along the top of a lane)
      </li>
      <li>
        <svg width="22" height="12" aria-hidden="true">
          <rect width="22" height="12" className={styles.blockFill} />
          <path d="M0 12L12 0M6 12L18 0M12 12L22 2" className={styles.blockStroke} strokeWidth="2" />
        </svg>
        Address blocked (hatched)
      </li>
      <li>
        <svg width="22" height="12" aria-hidden="true">
          <path d="M0 12L0 2L10 2L10 8L22 8L22 12Z" className={styles.budget} />
        </svg>
        Limiter budget (full height: a whole burst left)
      </li>
    </ul>
  );
}
