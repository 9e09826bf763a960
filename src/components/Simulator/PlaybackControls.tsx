import type { ReactNode } from 'react';
import { CLIENT_STRATEGIES, type ScenarioInput } from '@site/src/lib/simulator';
import { formatDuration } from '@site/src/lib/time/duration';
import ShareLink from './ShareLink';
import { SPEEDS, type Playback } from './usePlayback';
import styles from './styles.module.css';

export interface PlaybackControlsProps {
  playback: Playback;
  duration: number;
  /** False until there is a run to play. */
  canPlay: boolean;
  compareWith: string;
  onCompareWith: (strategyId: string) => void;
  share: { scenario: ScenarioInput | null; seed: number | null };
}

/** Play and pause, speed, the time slider, the strategy to compare with, and the share link. */
export default function PlaybackControls({ playback, duration, canPlay, compareWith, onCompareWith, share }: PlaybackControlsProps): ReactNode {
  return (
    <div className={styles.controls}>
      <button type="button" className="button button--primary button--sm" onClick={() => playback.setPlaying(!playback.playing)} disabled={!canPlay}>
        {playback.playing ? 'Pause' : 'Play'}
      </button>
      <label className={styles.inline}>
        Speed{' '}
        <select value={playback.speed} onChange={(e) => playback.setSpeed(Number(e.target.value))}>
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      </label>
      <label className={styles.time}>
        Time
        <input
          type="range"
          min={0}
          max={duration}
          step={duration / 1000}
          value={playback.playHead}
          aria-valuetext={`${formatDuration(playback.playHead)} of ${formatDuration(duration)}`}
          onChange={(e) => playback.setPlayHead(Number(e.target.value))}
        />
      </label>
      <span className={styles.clock} aria-hidden="true">
        {formatDuration(playback.playHead)} / {formatDuration(duration)}
      </span>
      <label className={styles.inline}>
        Compare with{' '}
        <select value={compareWith} onChange={(e) => onCompareWith(e.target.value)}>
          <option value="">Nothing (one timeline)</option>
          {CLIENT_STRATEGIES.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      <ShareLink scenario={share.scenario} seed={share.seed} />
    </div>
  );
}
