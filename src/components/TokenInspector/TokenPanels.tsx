import type { ReactNode } from 'react';
import type { DecodedToken } from '@site/src/lib/token/decodeToken';
import CamundaChecksPanel from './CamundaChecksPanel';
import ClaimsTable from './ClaimsTable';
import RawToken from './RawToken';
import TimePanel from './TimePanel';
import VerifyPanel from './VerifyPanel';
import type { Verifier } from './useTokenVerification';
import styles from './styles.module.css';

export interface TokenPanelsProps {
  decoded: DecodedToken;
  now: number | undefined;
  /** The issuer of the in-page mock, once the signature check found it. */
  mockIssuer: string | undefined;
  verifier: Verifier;
}

/** Everything the inspector shows about a readable token, part by part. */
export default function TokenPanels({ decoded, now, mockIssuer, verifier }: TokenPanelsProps): ReactNode {
  return (
    <>
      <RawToken decoded={decoded} problems={decoded.problems} />
      {decoded.payload && (
        <section className={styles.part}>
          <h3>Expiry</h3>
          <TimePanel payload={decoded.payload} now={now} />
        </section>
      )}
      {decoded.kind !== 'jwe' && (
        <section className={styles.part}>
          <h3>Camunda checks</h3>
          <CamundaChecksPanel payload={decoded.payload} now={now} mockIssuer={mockIssuer} />
        </section>
      )}
      <section className={styles.part}>
        <h3>Signature</h3>
        <VerifyPanel verifier={verifier} />
      </section>
      {(decoded.header || decoded.payload) && (
        <section className={styles.part}>
          <h3>Claims explained</h3>
          <ClaimsTable header={decoded.header} payload={decoded.payload} />
        </section>
      )}
      <section className={styles.part}>
        <h3>Decoded JSON</h3>
        <div className={styles.jsonGrid}>
          <JsonBlock title="Header" className={styles.jsonHeader} value={decoded.header} />
          <JsonBlock
            title="Payload"
            className={styles.jsonPayload}
            value={decoded.payload ?? decoded.payloadValue}
            fallback={decoded.kind === 'jwe' ? 'Encrypted: the claims cannot be read without the recipient\'s private key.' : decoded.payloadText}
          />
        </div>
      </section>
    </>
  );
}

function JsonBlock({ title, value, className, fallback }: { title: string; value: unknown; className: string; fallback?: string }): ReactNode {
  const shown = value !== undefined ? JSON.stringify(value, null, 2) : (fallback ?? 'Could not be decoded (see the problems above).');
  return (
    <div className={className}>
      <h4>{title}</h4>
      <pre tabIndex={0} role="region" aria-label={`${title} JSON`}>
        {shown}
      </pre>
    </div>
  );
}
