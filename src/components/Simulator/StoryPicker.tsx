import { useId, type ReactNode } from 'react';
import { findPreset, PRESETS, type Preset } from '@site/src/lib/simulator';
import styles from './styles.module.css';

export interface StoryPickerProps {
  /** The story shown, or '' for settings of the reader's own. */
  presetId: string;
  /** A message about a link that was (or could not be) loaded. */
  notice: string | null;
  onPick: (preset: Preset) => void;
}

/** The story chooser and the chosen story's text. */
export default function StoryPicker({ presetId, notice, onPick }: StoryPickerProps): ReactNode {
  const id = useId();
  const preset = findPreset(presetId);
  return (
    <div className={styles.stories}>
      <div className={styles.field}>
        <label htmlFor={`${id}-story`}>Story</label>
        <select
          id={`${id}-story`}
          value={presetId}
          onChange={(e) => {
            const p = findPreset(e.target.value);
            if (p) onPick(p);
          }}
        >
          {presetId === '' && <option value="">Your own settings</option>}
          {PRESETS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.title}
            </option>
          ))}
        </select>
      </div>
      {preset && <p className={styles.story}>{preset.story}</p>}
      {notice && (
        <p className={styles.notice} role="status">
          {notice}
        </p>
      )}
    </div>
  );
}
