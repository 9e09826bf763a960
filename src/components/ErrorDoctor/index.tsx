import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import type { CaseMatch, Diagnosis } from '@site/src/lib/errorDoctor';
import { useErrorDoctor } from '@site/src/hooks/useErrorDoctor';
import styles from './styles.module.css';

/** Where a case is explained: its section on the Troubleshooting page. */
const caseLink = (id: string) => `/docs/troubleshooting#${id}`;

function MatchItem({ match, rank }: { match: CaseMatch; rank: number }): ReactNode {
  return (
    <li className={styles.match} data-case={match.id}>
      <Link to={caseLink(match.id)} data-noBrokenLinkCheck>
        {match.title}
      </Link>
      {rank === 0 && <span className={styles.best}> best match</span>}
      <p className={styles.line}>
        <strong>Why:</strong> recognised {match.why.join(', ')}.
      </p>
      <p className={styles.line}>
        <strong>Cause:</strong> {match.cause} <strong>Next:</strong> {match.nextCheck}
      </p>
    </li>
  );
}

function Result({ diagnosis }: { diagnosis: Diagnosis }): ReactNode {
  return (
    <>
      {diagnosis.matches.length > 0 ? (
        <ol aria-label="Matching cases" className={styles.matches}>
          {diagnosis.matches.map((m, i) => (
            <MatchItem key={m.id} match={m} rank={i} />
          ))}
        </ol>
      ) : (
        <div className="alert alert--warning" role="note">
          <p className={styles.line}>{diagnosis.noMatch?.message}</p>
          <p className={styles.line}>
            <strong>Next check:</strong> {diagnosis.noMatch?.nextCheck}
          </p>
        </div>
      )}
      {diagnosis.recognised.length > 0 && (
        <details className={styles.evidence}>
          <summary>What the doctor recognised ({diagnosis.recognised.length})</summary>
          <ul>
            {diagnosis.recognised.map((r) => (
              <li key={r}>
                <code>{r}</code>
              </li>
            ))}
          </ul>
        </details>
      )}
      {diagnosis.truncated && (
        <p className={styles.line}>
          The paste has {diagnosis.inputChars.toLocaleString('en')} characters: its first and last half megabyte were read.
        </p>
      )}
    </>
  );
}

/**
 * The error doctor: paste what your program printed into "Error output" and get the matching
 * troubleshooting cases, ranked, each with the words that made it match. Everything stays in the page.
 */
export default function ErrorDoctor(): ReactNode {
  const { text, setText, diagnosis, maskedCount } = useErrorDoctor();
  return (
    <div className={styles.doctor}>
      <label htmlFor="error-output" className={styles.label}>
        Error output
      </label>
      <p id="error-output-help" className={styles.help}>
        A stack trace, a log line, an HTTP answer or a JSON error body. It is read in this page only: nothing is sent or
        stored, and tokens and secrets in it are masked as you paste.
      </p>
      <textarea
        id="error-output"
        className={styles.field}
        aria-describedby="error-output-help"
        value={text}
        onChange={(e) => setText(e.target.value)}
        rows={8}
        spellCheck={false}
        autoComplete="off"
      />
      <p role="status" className={styles.line}>
        {maskedCount > 0 ? `${maskedCount} ${maskedCount === 1 ? 'secret was' : 'secrets were'} masked in the field.` : ''}
      </p>
      <div aria-live="polite">{diagnosis && <Result diagnosis={diagnosis} />}</div>
    </div>
  );
}
