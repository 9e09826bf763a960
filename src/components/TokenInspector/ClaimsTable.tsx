import { memo, type ReactNode } from 'react';
import { describeClaim, type ClaimLocation } from '@site/src/lib/token/claims';
import styles from './styles.module.css';

function showValue(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function timeOf(value: unknown): string | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  const date = new Date(value * 1000);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().replace('.000Z', 'Z');
}

interface Row {
  location: ClaimLocation;
  name: string;
  value: unknown;
}

/**
 * Every header parameter and claim with what it means and where it is defined. Names the catalogue
 * does not know are private claims: the issuer alone defines them, and the table says so.
 */
function ClaimsTable({ header, payload }: { header?: Record<string, unknown>; payload?: Record<string, unknown> }): ReactNode {
  const rows: Row[] = [
    ...Object.entries(header ?? {}).map(([name, value]) => ({ location: 'header' as const, name, value })),
    ...Object.entries(payload ?? {}).map(([name, value]) => ({ location: 'payload' as const, name, value })),
  ];
  if (rows.length === 0) return null;
  return (
    <div className={styles.tableWrap}>
      <table className={styles.claims}>
        <caption className={styles.srOnly}>Header parameters and claims, with their meaning</caption>
        <thead>
          <tr>
            <th scope="col">Claim</th>
            <th scope="col">Value</th>
            <th scope="col">Meaning</th>
            <th scope="col">Defined in</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ location, name, value }) => {
            const info = describeClaim(name, location);
            const iso = info?.isTime ? timeOf(value) : undefined;
            return (
              <tr key={`${location}:${name}`} data-claim={name}>
                <th scope="row">
                  <code className={location === 'header' ? styles.nameHeader : styles.namePayload}>{name}</code>
                  <span className={styles.claimTitle}>{info ? info.title : 'Private claim'}</span>
                  <span className={styles.claimWhere}>{location === 'header' ? 'header' : 'payload'}</span>
                </th>
                <td>
                  <code className={styles.value}>{showValue(value)}</code>
                  {iso && <span className={styles.claimTitle}>{iso}</span>}
                </td>
                <td>
                  {info ? (
                    <>
                      {info.explanation}
                      {info.camundaNote && <span className={styles.camundaNote}>{info.camundaNote}</span>}
                    </>
                  ) : (
                    'Not a registered name: its meaning is defined by the issuer alone. Verifiers that do not know it ignore it.'
                  )}
                </td>
                <td>
                  {info ? (
                    <a href={info.specUrl} target="_blank" rel="noopener noreferrer">
                      {info.specLabel}
                    </a>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export default memo(ClaimsTable);
