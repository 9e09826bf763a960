import type { ReactNode } from 'react';
import { findPreset } from '@site/src/lib/simulator/presets';
import { requestPreset } from './events';
import styles from './styles.module.css';

/** A button beside a story in the guide: loads the story into the simulator on the page and plays it. */
export default function PlayStory({ preset }: { preset: string }): ReactNode {
  const found = findPreset(preset);
  if (!found) throw new Error(`Unknown simulator preset "${preset}".`);
  return (
    <button type="button" className={`button button--sm button--outline button--primary ${styles.playStory}`} onClick={() => requestPreset(preset)} aria-label={`Play this story: ${found.title}`}>
      ▶ Play this story
    </button>
  );
}
