import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ComponentType, type ReactNode } from 'react';
import clsx from 'clsx';
import { usePluginData } from '@docusaurus/useGlobalData';
import { useBaseUrlUtils } from '@docusaurus/useBaseUrl';
import type { MonacoBundle } from '@site/src/plugins/monacoBundle';
import type { MonacoEditorProps } from './MonacoEditor';
import PlainEditor from './PlainEditor';
import { offsetOfPosition } from '@site/src/lib/credentials/sourceText';
import type { EditorHandle } from './types';
import styles from './styles.module.css';

export type { EditorHandle } from './types';

type Monaco = ComponentType<MonacoEditorProps>;

/**
 * A plain textarea first, Monaco when the reader reaches for it. Monaco's chunk (about 800 KiB of
 * script) would otherwise block the main thread while the page loads, on pages where the reader may
 * never type. It is fetched on the first pointer, focus or key on the editor, mounted unseen over
 * the textarea, and takes over with the text, selection and focus the textarea had.
 */
export default function CodeEditor(props: MonacoEditorProps): ReactNode {
  const { value, onChange, ariaLabel, height = '18rem', onReady } = props;
  const [RichEditor, setRichEditor] = useState<Monaco | null>(null);
  const [richReady, setRichReady] = useState(false);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const requested = useRef(false);
  const monacoBundle = usePluginData('monaco-bundle') as MonacoBundle;
  const { withBaseUrl } = useBaseUrlUtils();
  // What the textarea held when Monaco became ready, applied once Monaco is visible (a hidden
  // editor cannot take focus).
  const handOver = useRef<{ handle: EditorHandle; start: number; end: number; focused: boolean } | null>(null);

  const bringRichEditor = useCallback(() => {
    if (requested.current) return;
    requested.current = true;
    import('./MonacoEditor')
      .then((module) => module.prepareMonaco(monacoBundle, withBaseUrl).then(() => module.default))
      .then(
      (Editor) => setRichEditor(() => Editor),
      // Offline or a failed chunk: the plain editor simply stays, with every check still live.
      () => undefined,
    );
  }, [monacoBundle, withBaseUrl]);

  // Until Monaco is up, problems are reached in the textarea.
  useEffect(() => {
    onReady?.({
      focusAt(line, column) {
        const el = textarea.current;
        if (!el) return;
        const offset = offsetOfPosition(el.value, line, column);
        el.focus();
        el.setSelectionRange(offset, offset);
      },
      selectOffsets(start, end) {
        textarea.current?.setSelectionRange(start, end);
      },
      focus() {
        textarea.current?.focus();
      },
    });
    // Only the first handle comes from here; Monaco hands over its own when mounted.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useLayoutEffect(() => {
    const taken = handOver.current;
    if (!richReady || !taken) return;
    handOver.current = null;
    taken.handle.selectOffsets(taken.start, taken.end);
    if (taken.focused) taken.handle.focus();
  }, [richReady]);

  return (
    <div className={styles.frame} style={{ height }}>
      <PlainEditor ref={textarea} value={value} onChange={onChange} ariaLabel={ariaLabel} hidden={richReady} onIntent={bringRichEditor} />
      {RichEditor && (
        <div className={clsx(styles.rich, !richReady && styles.pending)}>
          <RichEditor
            {...props}
            height={height}
            onReady={(handle) => {
              const el = textarea.current;
              handOver.current = { handle, start: el?.selectionStart ?? 0, end: el?.selectionEnd ?? 0, focused: !!el && document.activeElement === el };
              setRichReady(true);
              onReady?.(handle);
            }}
          />
        </div>
      )}
    </div>
  );
}
