import { useRef, type ReactNode } from 'react';
import styles from './styles.module.css';

export interface EditorToolbarProps {
  onPaste: () => void;
  onFile: (file: File | undefined) => void;
  onClear: () => void;
}

/** Paste, Upload file and Clear above the credentials editor. */
export default function EditorToolbar({ onPaste, onFile, onClear }: EditorToolbarProps): ReactNode {
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <div className={styles.toolbar}>
      <button type="button" className="button button--secondary button--sm" onClick={onPaste}>
        Paste
      </button>
      <button type="button" className="button button--secondary button--sm" onClick={() => fileInput.current?.click()}>
        Upload file
      </button>
      <input
        ref={fileInput}
        type="file"
        hidden
        aria-label="Upload file"
        accept=".sh,.env,.txt,.properties,.yaml,.yml,.json,text/*,application/json"
        onChange={(e) => {
          onFile(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
      <button
        type="button"
        className="button button--secondary button--sm"
        onClick={onClear}
      >
        Clear
      </button>
    </div>
  );
}
