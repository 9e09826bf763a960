import { useId, useRef, useState, type ReactNode } from 'react';
import ProblemsList from '@site/src/components/ProblemsList';
import { SecretValue } from '@site/src/components/CredentialsSummary';
import { useParsedCredentials } from '@site/src/hooks/useParsedCredentials';
import { describeOversizedInput, type Problem } from '@site/src/lib/credentials';
import { offsetOfPosition } from '@site/src/lib/credentials/sourceText';
import styles from './styles.module.css';

const FORMAT_LABEL = { shell: 'Console shell file', env: '.env file', properties: 'Spring Boot properties', yaml: 'Spring Boot YAML', json: 'JSON' } as const;

/**
 * A compact checker for guide pages: a plain text area and the problems found. What is typed
 * here stays in this widget (it is not loaded into the playground).
 */
export default function CredentialsValidator(): ReactNode {
  const id = useId();
  const [text, setText] = useState('');
  const [refused, setRefused] = useState<string | undefined>();
  const area = useRef<HTMLTextAreaElement>(null);
  const { result } = useParsedCredentials(text);

  const select = (p: Problem) => {
    const el = area.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(offsetOfPosition(text, p.line, p.column), offsetOfPosition(text, p.endLine, p.endColumn));
  };

  return (
    <div className={styles.validator}>
      <label htmlFor={`${id}-text`} className={styles.label}>
        Credentials file to check
      </label>
      <textarea
        id={`${id}-text`}
        ref={area}
        className={styles.text}
        rows={8}
        value={text}
        spellCheck={false}
        autoComplete="off"
        placeholder="export ZEEBE_CLIENT_ID='…'"
        onPaste={(e) => {
          const tooLarge = describeOversizedInput(e.clipboardData.getData('text').length, 'clipboard');
          setRefused(tooLarge);
          if (tooLarge) e.preventDefault();
        }}
        onChange={(e) => setText(e.target.value)}
      />
      {refused && (
        <p role="alert" className={styles.refused}>
          {refused}
        </p>
      )}
      {result && (
        <p className={styles.meta}>
          Read as {FORMAT_LABEL[result.format]}.{' '}
          {result.credentials ? (
            <>
              Client <code>{result.credentials.clientId}</code>, secret <SecretValue secret={result.credentials.clientSecret} />, cluster{' '}
              <code>{result.credentials.clusterId}</code> in <code>{result.credentials.region}</code>.
            </>
          ) : (
            'Not complete yet: client id, secret and cluster are needed.'
          )}
        </p>
      )}
      <ProblemsList
        problems={result?.problems ?? []}
        onSelect={select}
        emptyText={result ? 'No problems found.' : 'Paste a credentials file above to check it.'}
      />
    </div>
  );
}
