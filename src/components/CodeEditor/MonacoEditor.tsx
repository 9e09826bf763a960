import { useEffect, useRef, type ReactNode } from 'react';
import Editor, { type OnMount } from '@monaco-editor/react';
import { useColorMode } from '@docusaurus/theme-common';
import { monaco } from './monacoSetup';
import type { EditorMarker } from './types';

export interface MonacoEditorProps {
  value: string;
  onChange: (value: string) => void;
  language: string;
  ariaLabel: string;
  markers?: EditorMarker[];
  height?: string;
  onReady?: () => void;
}

const SEVERITY = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
} as const;

export default function MonacoEditor({ value, onChange, language, ariaLabel, markers = [], height = '18rem', onReady }: MonacoEditorProps): ReactNode {
  const { colorMode } = useColorMode();
  const editorRef = useRef<Parameters<OnMount>[0] | null>(null);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model) return;
    monaco.editor.setModelMarkers(
      model,
      'validation',
      markers.map((m) => ({
        severity: SEVERITY[m.severity],
        message: m.message,
        startLineNumber: m.line,
        startColumn: m.column,
        endLineNumber: m.endLine ?? m.line,
        endColumn: m.endColumn ?? model.getLineMaxColumn(Math.min(m.endLine ?? m.line, model.getLineCount())),
      })),
    );
  }, [markers]);

  return (
    <Editor
      value={value}
      language={language}
      height={height}
      theme={colorMode === 'dark' ? 'vs-dark' : 'vs'}
      onChange={(next) => onChange(next ?? '')}
      onMount={(editor) => {
        editorRef.current = editor;
        onReady?.();
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
