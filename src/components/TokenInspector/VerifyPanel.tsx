import { useId, useState, type ReactNode } from 'react';
import clsx from 'clsx';
import ProblemList from './ProblemList';
import type { KeySource, VerificationState, Verifier } from './useTokenVerification';
import styles from './styles.module.css';

const SOURCES: { value: KeySource; label: string }[] = [
  { value: 'mock', label: "The mock server's key set (in this page)" },
  { value: 'key', label: 'A key I paste: JWKS, JWK or PEM public key' },
  { value: 'secret', label: 'An HMAC shared secret' },
];

/**
 * Signature check with jose against a key the user chooses. Keys come only from this page: the
 * mock's key set, or what the user pastes; a URL is refused rather than fetched.
 */
export default function VerifyPanel({ verifier }: { verifier: Verifier }): ReactNode {
  const id = useId();
  const { source, setSource, keyText, setKeyText, secret, setSecret, state } = verifier;
  const [reveal, setReveal] = useState(false);

  return (
    <div className={styles.verify}>
      <div className={styles.field}>
        <label htmlFor={`${id}-source`}>Verify with</label>
        <select id={`${id}-source`} value={source} onChange={(e) => setSource(e.target.value as KeySource)}>
          {SOURCES.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
      {source === 'key' && (
        <div className={styles.field}>
          <label htmlFor={`${id}-key`}>Verification key</label>
          <textarea
            id={`${id}-key`}
            className={styles.keyInput}
            value={keyText}
            onChange={(e) => setKeyText(e.target.value)}
            spellCheck={false}
            autoComplete="off"
            placeholder='{"keys": [{"kty": "RSA", "kid": "…", "n": "…", "e": "AQAB"}]}  or  -----BEGIN PUBLIC KEY-----'
            rows={5}
          />
          <p className={styles.hint}>
            Paste the issuer&apos;s key set as JSON (the address named in its discovery document&apos;s <code>jwks_uri</code>), one key, or a PEM public key or certificate. Nothing is downloaded for you: keys never come from the internet here.
          </p>
        </div>
      )}
      {source === 'secret' && (
        <div className={styles.field}>
          <label htmlFor={`${id}-secret`}>HMAC secret</label>
          <div className={styles.secretRow}>
            <input id={`${id}-secret`} type={reveal ? 'text' : 'password'} value={secret} onChange={(e) => setSecret(e.target.value)} spellCheck={false} autoComplete="off" />
            <label className={styles.inline}>
              <input type="checkbox" checked={reveal} onChange={(e) => setReveal(e.target.checked)} /> Show secret
            </label>
          </div>
        </div>
      )}
      <VerificationOutcome state={state} source={source} />
    </div>
  );
}

function VerificationOutcome({ state, source }: { state: VerificationState; source: KeySource }): ReactNode {
  if (state.status === 'idle') return <p className={styles.muted}>The signature is checked once the token can be read.</p>;
  if (state.status === 'checking') return <p className={styles.muted}>Checking the signature…</p>;
  if (state.status === 'needs-input') return <p className={clsx(styles.outcome, styles.outcomeNeutral)}>{state.message}</p>;
  const { result, keyDescription } = state;
  const key = result.keyUsed;
  return (
    <div data-testid="verification-result">
      {result.ok ? (
        <p className={clsx(styles.outcome, styles.outcomePass)}>
          <strong>Signature valid.</strong> Checked with {keyDescription}
          {key?.kid ? `, key "${key.kid}"` : ''} ({result.alg}). The header and payload are exactly what the signer produced.
          {' '}A valid signature says nothing about time: see the expiry above.
        </p>
      ) : (
        <p className={clsx(styles.outcome, styles.outcomeFail)}>
          <strong>Not verified.</strong> {result.error?.message}
          {source === 'mock' && result.error?.code === 'no-matching-kid' && (
            <>
              {' '}The mock makes a new key each time this site is loaded, so its tokens from an earlier visit no longer verify. Real Camunda SaaS tokens are signed with the issuer&apos;s own keys: choose &quot;A key I paste&quot; and paste its key set.
            </>
          )}
        </p>
      )}
      {key?.thumbprint && (
        <p className={styles.muted}>
          Key thumbprint (RFC 7638, SHA-256): <code>{key.thumbprint}</code>
        </p>
      )}
      <ProblemList problems={result.warnings} label="Verification warnings" />
    </div>
  );
}
