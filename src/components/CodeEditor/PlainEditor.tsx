import { forwardRef, type ReactNode } from 'react';
import styles from './styles.module.css';

interface PlainEditorProps {
  value: string;
  onChange: (value: string) => void;
  ariaLabel: string;
  /** Hidden once the rich editor has taken over; kept mounted so nothing shifts. */
  hidden: boolean;
  /** The reader reached for the editor: time to bring the rich one. */
  onIntent: () => void;
}

/**
 * The editor a reader can type into the moment the page is interactive: a plain textarea with
 * the same label and value. The page's checks run on its text as on the rich editor's; only the
 * squiggles wait for Monaco.
 */
const PlainEditor = forwardRef<HTMLTextAreaElement, PlainEditorProps>(function PlainEditor({ value, onChange, ariaLabel, hidden, onIntent }, ref): ReactNode {
  return (
    <textarea
      ref={ref}
      className={styles.plain}
      hidden={hidden}
      aria-label={ariaLabel}
      value={value}
      spellCheck={false}
      autoCapitalize="off"
      autoComplete="off"
      autoCorrect="off"
      wrap="soft"
      onChange={(e) => onChange(e.target.value.replace(/\r\n?/g, '\n'))}
      onFocus={onIntent}
      onPointerDown={onIntent}
      onPointerEnter={onIntent}
      onKeyDown={onIntent}
    />
  );
});

export default PlainEditor;
