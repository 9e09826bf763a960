import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { AuthServer } from '@site/src/lib/authServer/authServer';
import type { MockSettingsSnapshot } from '@site/src/lib/authServer/settingsStore';
import { useMockSettings } from '@site/src/hooks/useMockSettings';
import styles from './styles.module.css';

interface Draft {
  acceptAny: boolean;
  tokenLifetimeSeconds: string;
  blockSeconds: string;
  latencyMs: string;
  errorPercent: string;
  maintenance: boolean;
  clockSkewSeconds: string;
  apiClockSkewSeconds: string;
  allowProcessInstanceCreation: boolean;
}

function draftOf({ settings: s, faults: f }: MockSettingsSnapshot): Draft {
  return {
    acceptAny: s.acceptAny,
    tokenLifetimeSeconds: String(s.tokenLifetimeSeconds),
    blockSeconds: String(s.rateLimit.blockMs / 1000),
    latencyMs: String(f.latencyMs),
    errorPercent: String(Math.round(f.errorRate * 100)),
    maintenance: f.maintenance,
    clockSkewSeconds: String(f.clockSkewSeconds),
    apiClockSkewSeconds: String(s.apiClockSkewSeconds),
    allowProcessInstanceCreation: s.allowProcessInstanceCreation,
  };
}

/**
 * The mock's knobs: accept any well-formed client (to use a real credentials file), token
 * lifetime and block length, and the faults the troubleshooting lessons switch on. Each change
 * goes to the server at once; a value it refuses is shown next to the field, with its reason.
 */
export default function MockServerSettings({ server }: { server: AuthServer | undefined }): ReactNode {
  const id = useId();
  const [draft, setDraft] = useState<Draft | undefined>();
  const [error, setError] = useState<string | undefined>();
  const snapshot = useMockSettings(server);
  // The version this panel wrote last: its own change must not reset a half-typed field.
  const ownVersion = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (snapshot && snapshot.version !== ownVersion.current) setDraft(draftOf(snapshot));
  }, [snapshot]);
  if (!server || !draft) return <p>Waiting for the mock auth server…</p>;

  const apply = (next: Draft) => {
    setDraft(next);
    const num = (value: string, name: string) => {
      const n = Number(value);
      if (value.trim() === '' || !Number.isFinite(n)) throw new Error(`${name} must be a number.`);
      return n;
    };
    try {
      server.configure({
        acceptAny: next.acceptAny,
        tokenLifetimeSeconds: num(next.tokenLifetimeSeconds, 'Token lifetime'),
        rateLimit: { blockMs: num(next.blockSeconds, 'Block length') * 1000 },
        apiClockSkewSeconds: num(next.apiClockSkewSeconds, 'Clock-skew allowance'),
        allowProcessInstanceCreation: next.allowProcessInstanceCreation,
      });
      server.setFaults({
        latencyMs: num(next.latencyMs, 'Added latency'),
        errorRate: num(next.errorPercent, 'Share of 5xx answers') / 100,
        maintenance: next.maintenance,
        clockSkewSeconds: num(next.clockSkewSeconds, 'Clock skew'),
      });
      setError(undefined);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      ownVersion.current = server.settingsStore.get().version;
    }
  };
  const field = (key: keyof Draft, label: string, unit: string) => (
    <div className={styles.field}>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <span className={styles.withUnit}>
        <input id={`${id}-${key}`} inputMode="numeric" value={String(draft[key])} onChange={(e) => apply({ ...draft, [key]: e.target.value })} />
        <span aria-hidden="true">{unit}</span>
      </span>
    </div>
  );
  return (
    <div className={styles.settings}>
      <label className={styles.check}>
        <input type="checkbox" checked={draft.acceptAny} onChange={(e) => apply({ ...draft, acceptAny: e.target.checked })} />
        Accept any well-formed credentials (lets a real credentials file get a mock token)
      </label>
      <div className={styles.grid}>
        {field('tokenLifetimeSeconds', 'Token lifetime (seconds)', 's')}
        {field('blockSeconds', 'Block length after the rate limit (seconds)', 's')}
        {field('latencyMs', 'Added latency (milliseconds)', 'ms')}
        {field('errorPercent', 'Share of 5xx answers (percent)', '%')}
        {field('clockSkewSeconds', 'Clock skew of issued tokens (seconds)', 's')}
        {field('apiClockSkewSeconds', "Cluster's clock-skew allowance past exp (seconds)", 's')}
      </div>
      <label className={styles.check}>
        <input type="checkbox" checked={draft.allowProcessInstanceCreation} onChange={(e) => apply({ ...draft, allowProcessInstanceCreation: e.target.checked })} />
        Clients may create process instances (off: the cluster answers 403)
      </label>
      <label className={styles.check}>
        <input type="checkbox" checked={draft.maintenance} onChange={(e) => apply({ ...draft, maintenance: e.target.checked })} />
        Maintenance window (answer 503 with Retry-After)
      </label>
      {error && (
        <p role="alert" className={styles.error}>
          {error}
        </p>
      )}
      <button type="button" className="button button--secondary button--sm" onClick={() => server.reset()}>
        Reset the rate limit
      </button>
    </div>
  );
}
