import type { ReactNode } from 'react';
import clsx from 'clsx';
import { analyseTokenTimes, TIME_CLAIMS, type TimeClaim } from '@site/src/lib/token/tokenTimes';
import FactSourceLinks from '@site/src/components/FactSource';
import ProblemList from './ProblemList';
import styles from './styles.module.css';

const CLAIM_NAMES: Record<TimeClaim, string> = {
  exp: 'Expires (exp)',
  iat: 'Issued (iat)',
  nbf: 'Not before (nbf)',
  auth_time: 'Authenticated (auth_time)',
};

const localFormat = (date: Date) => date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'long' });

/** Expiry and lifetime against the live clock: state, progress bar, each time claim, refresh points. */
export default function TimePanel({ payload, now }: { payload: Record<string, unknown>; now: number | undefined }): ReactNode {
  if (now === undefined) return <p>Reading the clock…</p>;
  const times = analyseTokenTimes(payload, now);
  const claims = TIME_CLAIMS.map((c) => times.claims[c]).filter((r) => r !== undefined);
  const percent = times.fractionUsed === undefined ? undefined : Math.round(times.fractionUsed * 1000) / 10;
  return (
    <div className={styles.timePanel}>
      <p className={clsx(styles.state, styles[`state-${times.state}`])} data-testid="token-state">
        {times.stateText}
      </p>
      {percent !== undefined && (
        <div className={styles.progressRow}>
          <div
            role="progressbar"
            aria-label="Lifetime used"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
            aria-valuetext={`${percent} % of the lifetime used`}
            className={styles.progress}
          >
            <div className={clsx(styles.progressFill, times.state === 'expired' && styles.progressExpired)} style={{ width: `${percent}%` }} />
          </div>
          <span className={styles.progressText}>{percent} % of the lifetime used</span>
        </div>
      )}
      {claims.length > 0 && (
        <div className={styles.tableWrap}>
          <table className={styles.times}>
            <thead>
              <tr>
                <th scope="col">Claim</th>
                <th scope="col">UTC (ISO 8601)</th>
                <th scope="col">Your local time</th>
                <th scope="col">Relative to now</th>
              </tr>
            </thead>
            <tbody>
              {claims.map((r) => (
                <tr key={r.claim} data-time-claim={r.claim}>
                  <th scope="row">{CLAIM_NAMES[r.claim]}</th>
                  <td>
                    <code>{r.iso ?? JSON.stringify(r.raw)}</code>
                  </td>
                  <td>{r.date ? localFormat(r.date) : '—'}</td>
                  <td>{r.relative ?? 'unreadable'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {times.lifetimeText && (
        <p data-testid="token-lifetime">
          {times.lifetimeText} <span className={styles.muted}>(exp − iat = {times.lifetimeSeconds?.toLocaleString('en')} s)</span>
        </p>
      )}
      {times.refreshSchedule.length > 0 && times.state !== 'expired' && (
        <details className={styles.details}>
          <summary>When the official clients would renew this token</summary>
          <ul>
            {times.refreshSchedule.map((p) => (
              <li key={p.client}>
                {p.client}: {p.marginSeconds > 0 ? `${p.marginSeconds} s before exp` : 'at exp (the first call after expiry, or after a 401)'}, at{' '}
                <code>{new Date(p.refreshAt).toISOString().replace('.000Z', 'Z')}</code> ({p.relative}) <FactSourceLinks factId={p.factId} />
              </li>
            ))}
          </ul>
        </details>
      )}
      <ProblemList problems={times.problems} label="Time problems" />
    </div>
  );
}
