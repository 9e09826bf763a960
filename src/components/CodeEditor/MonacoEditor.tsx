import { useEffect, useRef, type ReactNode } from 'react';
import Editor, { type OnMount } from '@monaco-editor/react';
import { useColorMode } from '@docusaurus/theme-common';
import { loadMonaco, type Monaco } from './loadMonaco';
import type { MonacoBundle } from '@site/src/plugins/monacoBundle';
import type { EditorHandle, EditorMarker } from './types';

export interface MonacoEditorProps {
  value: string;
  onChange: (value: string) => void;
  language: string;
  ariaLabel: string;
  markers?: EditorMarker[];
  height?: string;
  /** Called once the editor is up, with a small handle to move the cursor (e.g. to a problem). */
  onReady?: (handle: EditorHandle) => void;
}

let monaco: Monaco;

/** Loads the editor's own files; the component below may be drawn once this has resolved. */
export async function prepareMonaco(bundle: MonacoBundle, withBaseUrl: (path: string) => string): Promise<void> {
  monaco = await loadMonaco(bundle, withBaseUrl);
}

const severityOf = (severity: EditorMarker['severity']) =>
  ({ error: monaco.MarkerSeverity.Error, warning: monaco.MarkerSeverity.Warning, info: monaco.MarkerSeverity.Info })[severity];

export default function MonacoEditor({ value, onChange, language, ariaLabel, markers = [], height = '18rem', onReady }: MonacoEditorProps): ReactNode {
  const { colorMode } = useColorMode();
  const editorRef = useRef<Parameters<OnMount>[0] | null>(null);
  const markersRef = useRef(markers);
  markersRef.current = markers;

  const applyMarkers = (markers: EditorMarker[]) => {
    const model = editorRef.current?.getModel();
    if (!model) return;
    monaco.editor.setModelMarkers(
      model,
      'validation',
      markers.map((m) => ({
        severity: severityOf(m.severity),
        message: m.message,
        startLineNumber: m.line,
        startColumn: m.column,
        endLineNumber: m.endLine ?? m.line,
        endColumn: m.endColumn ?? model.getLineMaxColumn(Math.min(m.endLine ?? m.line, model.getLineCount())),
      })),
    );
  };

  // Markers computed before the editor finished loading are applied on mount (below).
  useEffect(() => applyMarkers(markers), [markers]);

  // The value is applied by hand rather than by the wrapper's controlled `value`: while someone
  // types fast, the parent's state can lag a keystroke behind, and writing that stale echo back
  // would reset the text and the cursor. Echoes of what the editor itself emitted are skipped;
  // anything else (a paste button, an upload, Clear) replaces the text as one undoable edit.
  const valueRef = useRef(value);
  valueRef.current = value;
  const emitted = useRef<string[]>([]);
  const applying = useRef(false);
  const applyValue = (next: string) => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!editor || !model) return;
    if (next === model.getValue()) {
      // In step with the editor: every earlier emission has been echoed or overtaken.
      emitted.current = [];
      return;
    }
    const echo = emitted.current.lastIndexOf(next);
    if (echo >= 0) {
      emitted.current = emitted.current.slice(echo + 1);
      return;
    }
    applying.current = true;
    editor.executeEdits('external', [{ range: model.getFullModelRange(), text: next, forceMoveMarkers: true }]);
    editor.pushUndoStop();
    applying.current = false;
  };
  useEffect(() => applyValue(value), [value]);

  return (
    <Editor
      defaultValue={value}
      language={language}
      height={height}
      theme={colorMode === 'dark' ? 'vs-dark' : 'vs'}
      onChange={(next) => {
        if (applying.current) return;
        const text = next ?? '';
        emitted.current.push(text);
        if (emitted.current.length > 200) emitted.current.shift();
        onChange(text);
      }}
      onMount={(editor) => {
        editorRef.current = editor;
        // Monaco picks CR LF on Windows (it reads the user agent); what a user types here would then
        // carry CRs, and a credentials file checked for stray CRs must not get them from the editor.
        editor.getModel()?.setEOL(monaco.editor.EndOfLineSequence.LF);
        applyValue(valueRef.current);
        applyMarkers(markersRef.current);
        onReady?.({
          focusAt(line, column) {
            editor.setPosition({ lineNumber: line, column });
            editor.revealPositionInCenter({ lineNumber: line, column });
            editor.focus();
          },
          selectOffsets(startOffset, endOffset) {
            const model = editor.getModel();
            if (!model) return;
            const start = model.getPositionAt(startOffset);
            const end = model.getPositionAt(endOffset);
            editor.setSelection({ startLineNumber: start.lineNumber, startColumn: start.column, endLineNumber: end.lineNumber, endColumn: end.column });
            editor.revealPosition(end);
          },
          focus() {
            editor.focus();
          },
        });
      }}
      loading={<p role="status">Loading the editor…</p>}
      options={{
        ariaLabel,
        minimap: { enabled: false },
        wordWrap: 'on',
        scrollBeyondLastLine: false,
        renderValidationDecorations: 'on',
        fontSize: 14,
        lineNumbersMinChars: 3,
        automaticLayout: true,
        tabFocusMode: true,
        accessibilitySupport: 'auto',
      }}
    />
  );
}
