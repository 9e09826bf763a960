import { useCallback, useEffect, useId, useMemo, useState, type ClipboardEvent, type ReactNode } from 'react';
// Module by module, not the index: the index also re-exports the verifier, and jose must load lazily.
import { decodeToken } from '@site/src/lib/token/decodeToken';
import { MAX_TOKEN_INPUT_LENGTH, normaliseTokenInput } from '@site/src/lib/token/normaliseTokenInput';
import { readTokenFromFragment } from '@site/src/lib/token/shareLink';
import { analyseTokenTimes } from '@site/src/lib/token/tokenTimes';
import ErrorBoundary from '@docusaurus/ErrorBoundary';
import { useNow } from '@site/src/hooks/useNow';
import ProblemList from './ProblemList';
import ShareLink from './ShareLink';
import TokenPanels from './TokenPanels';
import { useVerifier } from './useTokenVerification';
import styles from './styles.module.css';

export interface TokenInspectorProps {
  /** A token handed in from elsewhere (the playground's last token): it replaces the input whenever it changes. */
  token?: string;
  /** Open a token given as `#token=…` in the page address (default true). */
  readFragment?: boolean;
}

function refusalOf(text: string): string {
  return normaliseTokenInput(text).problems[0]?.message ?? 'The pasted text is too large to inspect.';
}

/**
 * Decodes, explains and verifies a JWT entirely in this page: nothing is sent or stored. The logic is
 * in src/lib/token; this component only wires it to the screen and to a once-a-second clock.
 */
export default function TokenInspector({ token, readFragment = true }: TokenInspectorProps): ReactNode {
  const id = useId();
  const [text, setText] = useState('');
  const [refusal, setRefusal] = useState<string | undefined>();

  // Oversized input never reaches state: the textarea stays small and the tab stays responsive.
  const accept = useCallback((value: string) => {
    if (value.length > MAX_TOKEN_INPUT_LENGTH) {
      setRefusal(refusalOf(value));
      setText('');
      return;
    }
    setRefusal(undefined);
    setText(value);
  }, []);

  useEffect(() => {
    if (token) accept(token);
  }, [token, accept]);

  useEffect(() => {
    if (!readFragment) return undefined;
    const load = () => {
      const fromLink = readTokenFromFragment(window.location.hash);
      if (fromLink !== undefined) accept(fromLink);
    };
    load();
    window.addEventListener('hashchange', load);
    return () => window.removeEventListener('hashchange', load);
  }, [readFragment, accept]);

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const pasted = event.clipboardData.getData('text');
    if (pasted.length > MAX_TOKEN_INPUT_LENGTH) {
      event.preventDefault();
      accept(pasted);
    }
  };

  const decoded = useMemo(() => decodeToken(text), [text]);
  const now = useNow();
  const readable = decoded.kind !== 'empty' && decoded.token !== '' ? decoded.token : undefined;
  const verifier = useVerifier(readable);
  const mockIssuer = verifier.state.status === 'done' ? verifier.state.mockIssuer : undefined;
  const stillValid = decoded.payload !== undefined && now !== undefined && analyseTokenTimes(decoded.payload, now).state === 'valid';

  return (
    <div className={styles.inspector} data-testid="token-inspector">
      <p className={styles.privacy}>
        <strong>Your token never leaves this browser.</strong> It is decoded and checked by code in this page: it is not sent
        anywhere and not stored, not even in this tab&apos;s storage.
      </p>
      <div className={styles.field}>
        <label htmlFor={`${id}-token`}>Token</label>
        <textarea
          id={`${id}-token`}
          className={styles.tokenInput}
          value={text}
          onChange={(e) => accept(e.target.value)}
          onPaste={onPaste}
          rows={5}
          spellCheck={false}
          autoComplete="off"
          autoCorrect="off"
          autoCapitalize="off"
          placeholder="Paste an access token (eyJ…), a whole Authorization header, or the JSON answer of the token endpoint"
        />
      </div>
      <div className={styles.actions}>
        {readable && <ShareLink key={readable} token={readable} stillValid={stillValid} />}
        {text !== '' && (
          <button type="button" className="button button--link button--sm" onClick={() => accept('')}>
            Clear
          </button>
        )}
      </div>
      {refusal && (
        <p className={styles.refusal} role="alert">
          {refusal}
        </p>
      )}
      <ProblemList problems={decoded.kind === 'empty' ? [] : decoded.problems} label="What the inspector noticed" />
      {readable && (
        // A bug in a panel must not take the page down: the input stays usable.
        <ErrorBoundary
          fallback={({ error, tryAgain }) => (
            <p className={styles.refusal} role="alert">
              The inspector could not show this token ({error.message}). Change the token above, then{' '}
              <button type="button" className="button button--link button--sm" onClick={tryAgain}>
                show it again
              </button>
              .
            </p>
          )}
        >
          <TokenPanels decoded={decoded} now={now} mockIssuer={mockIssuer} verifier={verifier} />
        </ErrorBoundary>
      )}
    </div>
  );
}
