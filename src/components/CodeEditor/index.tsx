import { lazy, Suspense, type ReactNode } from 'react';
import BrowserOnly from '@docusaurus/BrowserOnly';
import type { MonacoEditorProps } from './MonacoEditor';
import styles from './styles.module.css';

export type { EditorHandle, EditorMarker } from './types';

// Monaco is heavy and browser-only: it loads as its own chunk, only on pages that show an editor.
const MonacoEditor = lazy(() => import('./MonacoEditor'));

export default function CodeEditor(props: MonacoEditorProps): ReactNode {
  const fallback = (
    <p role="status" className={styles.loading}>
      Loading the editor…
    </p>
  );
  return (
    <div className={styles.frame} style={{ minHeight: props.height ?? '18rem' }}>
      <BrowserOnly fallback={fallback}>
        {() => (
          <Suspense fallback={fallback}>
            <MonacoEditor {...props} />
          </Suspense>
        )}
      </BrowserOnly>
    </div>
  );
}
