import { useCallback, useEffect, useId, useRef, useState, type ClipboardEvent, type DragEvent, type ReactNode } from 'react';
import clsx from 'clsx';
import CodeEditor, { type EditorHandle } from '@site/src/components/CodeEditor';
import ProblemsList from '@site/src/components/ProblemsList';
import { useCredentials } from '@site/src/hooks/useCredentials';
import { useParsedCredentials } from '@site/src/hooks/useParsedCredentials';
import { useMockRegistration } from '@site/src/hooks/useMockRegistration';
import { useFileReplace } from '@site/src/hooks/useFileReplace';
import UndoNotice from '@site/src/components/UndoNotice';
import type { MockAuthServerState } from '@site/src/hooks/useMockAuthServer';
import {
  describeOversizedInput,
  generateMockCredentials,
  sameCredentials,
  writeConsoleFile,
  type ConsoleScope,
  type CredentialsFormat,
  type Problem,
} from '@site/src/lib/credentials';
import { useCamundaVersion } from '@site/src/hooks/useCamundaVersion';
import VersionSwitch from '@site/src/components/VersionSwitch';
import GenerateControls from './GenerateControls';
import EditorToolbar from './EditorToolbar';
import LoadedCredentials from './LoadedCredentials';
import { readClipboardText, readTextFile } from './browserIo';
import styles from './styles.module.css';

const LANGUAGE: Record<CredentialsFormat, string> = { shell: 'shell', env: 'shell', properties: 'ini', yaml: 'yaml', json: 'yaml' };
const FORMAT_LABEL: Record<CredentialsFormat, string> = {
  shell: 'Console shell file',
  env: '.env file',
  properties: 'Spring Boot properties',
  yaml: 'Spring Boot YAML',
  json: 'JSON',
};

type Notice = { tone: 'info' | 'error'; text: string } | undefined;

/**
 * The playground's credentials section: an editor with live checks, ways to fill it (paste,
 * upload, drop, generate), a summary of what was read, and downloads in other formats.
 */
export default function CredentialsEditor({ mockState }: { mockState: MockAuthServerState }): ReactNode {
  const id = useId();
  const { fileText, setFileText, credentials, origin, setCredentials, remember, setRemember } = useCredentials();
  const replacer = useFileReplace();
  const parsed = useParsedCredentials(fileText);
  const result = parsed.result;
  const [notice, setNotice] = useState<Notice>();
  const [dragging, setDragging] = useState(false);
  const editor = useRef<EditorHandle | null>(null);
  const registrationFailure = useMockRegistration(mockState, credentials, origin);

  // What the text says becomes the site's credentials. Only the parse result drives this, so
  // credentials set together with their text (generate, Console) are never overwritten by a
  // parse of the previous text; and the same credentials keep their origin.
  const current = useRef({ credentials, origin });
  current.current = { credentials, origin };
  const pendingOrigin = useRef<'uploaded' | undefined>(undefined);
  useEffect(() => {
    const next = parsed.result?.credentials;
    if (sameCredentials(next, current.current.credentials)) return;
    setCredentials(next, next ? (pendingOrigin.current ?? 'editor') : undefined);
    pendingOrigin.current = undefined;
  }, [parsed, setCredentials]);

  const load = useCallback(
    (text: string, from: string, uploaded = false) => {
      pendingOrigin.current = uploaded ? 'uploaded' : undefined;
      setFileText(text);
      const lines = text.split('\n').filter((l) => l.trim()).length;
      setNotice({ tone: 'info', text: `${from}: ${lines} ${lines === 1 ? 'line' : 'lines'} loaded into the editor.` });
    },
    [setFileText],
  );

  const paste = async () => {
    const outcome = await readClipboardText();
    if (outcome.ok) load(outcome.text, 'Pasted from the clipboard');
    else setNotice({ tone: 'error', text: outcome.message });
  };

  const loadFile = async (file: File | undefined) => {
    if (!file) return;
    const outcome = await readTextFile(file);
    if (outcome.ok) load(outcome.text, `Read "${file.name}"`, true);
    else setNotice({ tone: 'error', text: outcome.message });
  };

  const [version] = useCamundaVersion();
  const generate = (region: string, scopes: ConsoleScope[]) => {
    const c = generateMockCredentials({ region, scopes, name: 'playground-mock' });
    replacer.replace('generate', { fileText: writeConsoleFile(c, version === '8.8' ? '8.8' : 'classic'), credentials: c, origin: 'generated' });
    setNotice({ tone: 'info', text: 'Generated a mock client in the Console file format and registered it with the in-page mock server.' });
  };

  const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer.types).includes('Files');
  const onDragOver = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    e.stopPropagation();
    e.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onDrop = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    e.stopPropagation();
    setDragging(false);
    void loadFile(e.dataTransfer.files[0]);
  };

  // Ctrl+V straight into the editor: refuse a huge clipboard before Monaco ever sees it.
  const onPasteCapture = (e: ClipboardEvent<HTMLDivElement>) => {
    const tooLarge = describeOversizedInput(e.clipboardData.getData('text/plain').length, 'clipboard');
    if (!tooLarge) return;
    e.preventDefault();
    e.stopPropagation();
    setNotice({ tone: 'error', text: tooLarge });
  };

  const problems: Problem[] = result?.problems ?? [];
  const language = LANGUAGE[result?.format ?? 'shell'];
  return (
    <div className={styles.editor}>
      <EditorToolbar
        onPaste={() => void paste()}
        onFile={(file) => void loadFile(file)}
        onClear={() => {
          replacer.replace('clear');
          setNotice({ tone: 'info', text: 'Cleared: the editor is empty and no credentials are loaded.' });
        }}
      />
      <VersionSwitch note="Checks, scopes and generated files follow it." />
      <GenerateControls onGenerate={generate} />
      <UndoNotice replace={replacer} place="editor" />
      {notice && (
        <p className={clsx(styles.notice, notice.tone === 'error' && styles.noticeError)} role={notice.tone === 'error' ? 'alert' : 'status'} data-testid="editor-notice">
          {notice.text}
        </p>
      )}
      <p className={styles.hint} id={`${id}-hint`}>
        Type or paste a Console credentials file, a <code>.env</code> file, Spring Boot properties or YAML, or JSON. You can also drop a file onto
        the editor. It is checked as you type; nothing leaves this page.
      </p>
      <div
        className={clsx(styles.dropZone, dragging && styles.dragging)}
        onDragOverCapture={onDragOver}
        onDragLeave={() => setDragging(false)}
        onDropCapture={onDrop}
        onPasteCapture={onPasteCapture}
        data-testid="credentials-drop-zone"
      >
        <CodeEditor
          value={fileText}
          onChange={setFileText}
          language={language}
          ariaLabel="Credentials file"
          markers={problems}
          height="16rem"
          onReady={(handle) => {
            editor.current = handle;
          }}
        />
        {dragging && <div className={styles.dropHint}>Drop the file to load it</div>}
      </div>
      {result && (
        <p className={styles.format} data-testid="detected-format">
          Read as {FORMAT_LABEL[result.format]} ({result.formatReason}).
        </p>
      )}
      <ProblemsList
        problems={problems}
        emptyText={result ? 'No problems found.' : 'Nothing to check yet: paste, upload or generate credentials.'}
        onSelect={(p) => editor.current?.focusAt(p.line, p.column)}
      />
      <LoadedCredentials credentials={credentials} origin={origin} registrationFailure={registrationFailure} remember={remember} onRemember={setRemember} />
    </div>
  );
}
