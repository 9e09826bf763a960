import { useId, type ReactNode } from 'react';
import { CLIENT_STRATEGIES } from '@site/src/lib/simulator';
import type { FieldKey, FormDraft } from '@site/src/lib/simulatorView/scenarioForm';
import styles from './styles.module.css';

interface Props {
  draft: FormDraft;
  issues: Partial<Record<FieldKey, string>>;
  onChange: (draft: FormDraft) => void;
}

const CACHES: [FormDraft['cache'], string][] = [
  ['none', 'None: a token for every call'],
  ['worker', 'Per worker (in memory)'],
  ['process', 'Per process (in memory)'],
  ['disk', 'File shared by the machine'],
  ['contestedFile', 'One file, two tools overwriting it'],
];
const REFRESH: [FormDraft['refresh'], string][] = [
  ['ahead', 'Ahead of expiry'],
  ['onExpiry', 'When expired'],
  ['on401', 'When Zeebe answers 401'],
];
const ON_FAILURE: [FormDraft['onFailure'], string][] = [
  ['immediate', 'Retry at once'],
  ['backoff', 'Back off (exponential, jitter)'],
  ['retryAfter', 'Wait for Retry-After'],
];
const ARRIVALS: [FormDraft['arrival'], string][] = [
  ['steady', 'Steady'],
  ['poisson', 'Random (Poisson)'],
  ['bursts', 'Bursts (5 s every minute)'],
];

/** The scenario's settings; each field shows the engine's complaint about its value next to it. */
export default function SettingsForm({ draft, issues, onChange }: Props): ReactNode {
  const id = useId();
  const set = (change: Partial<FormDraft>) => onChange({ ...draft, ...change });
  const errorOf = (key: FieldKey) =>
    issues[key] ? (
      <span id={`${id}-${key}-error`} className={styles.fieldError}>
        {issues[key]}
      </span>
    ) : null;
  const described = (key: FieldKey) => (issues[key] ? { 'aria-invalid': true, 'aria-describedby': `${id}-${key}-error` } : {});
  const text = (key: FieldKey, label: string, hint?: string) => (
    <div className={styles.field}>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input id={`${id}-${key}`} type="text" inputMode="decimal" value={String(draft[key])} onChange={(e) => set({ [key]: e.target.value })} {...described(key)} />
      {hint && !issues[key] && <span className={styles.hint}>{hint}</span>}
      {errorOf(key)}
    </div>
  );
  const select = <K extends 'arrival' | 'cache' | 'refresh' | 'onFailure'>(key: K, label: string, options: [FormDraft[K], string][]) => (
    <div className={styles.field}>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <select id={`${id}-${key}`} value={draft[key]} onChange={(e) => set({ [key]: e.target.value } as Partial<FormDraft>)} {...described(key)}>
        {options.map(([value, name]) => (
          <option key={value} value={value}>
            {name}
          </option>
        ))}
      </select>
      {errorOf(key)}
    </div>
  );
  const applyClient = (clientId: string) => {
    const client = CLIENT_STRATEGIES.find((c) => c.id === clientId);
    if (!client) return;
    const s = client.strategy;
    set({ cache: s.cache, dedupe: s.dedupe, refresh: s.refresh.mode, refreshMarginS: s.refresh.mode === 'ahead' ? String(s.refresh.marginMs / 1000) : draft.refreshMarginS, onFailure: s.onFailure.mode });
  };

  return (
    <div className={styles.form}>
      <fieldset className={styles.fieldset}>
        <legend>Workload</legend>
        {text('processes', 'Processes')}
        {text('workersPerProcess', 'Workers per process')}
        {text('callsPerSecond', 'Calls per second per worker')}
        {select('arrival', 'Arrival pattern', ARRIVALS)}
        {text('durationMin', 'Duration (min)', 'Up to 7 days (10080 min).')}
        {text('seed', 'Seed', 'Same seed, same run.')}
      </fieldset>
      <fieldset className={styles.fieldset}>
        <legend>Client strategy</legend>
        <div className={styles.field}>
          <label htmlFor={`${id}-like`}>Start from a client</label>
          <select id={`${id}-like`} value="" onChange={(e) => applyClient(e.target.value)}>
            <option value="">Choose to fill the fields below…</option>
            {CLIENT_STRATEGIES.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        {select('cache', 'Token cache', CACHES)}
        <div className={styles.field}>
          <label className={styles.check}>
            <input type="checkbox" checked={draft.dedupe} onChange={(e) => set({ dedupe: e.target.checked })} {...described('dedupe')} />
            Deduplicate concurrent requests
          </label>
          {errorOf('dedupe')}
        </div>
        {select('refresh', 'Refresh', REFRESH)}
        {draft.refresh === 'ahead' && text('refreshMarginS', 'Refresh margin (s)')}
        {select('onFailure', 'On a failed request', ON_FAILURE)}
      </fieldset>
      <fieldset className={styles.fieldset}>
        <legend>Auth service</legend>
        {text('tokenLifetimeS', 'Token lifetime (s)', 'Camunda issues 86400 (24 h).')}
        <div className={styles.field}>
          <label className={styles.check}>
            <input type="checkbox" checked={draft.wrongSecret} onChange={(e) => set({ wrongSecret: e.target.checked })} {...described('wrongSecret')} />
            Add a machine with a wrong secret
          </label>
          <span className={styles.hint}>20 workers retrying a refused secret, on the same address.</span>
          {errorOf('wrongSecret')}
        </div>
        <p className={styles.hint}>
          Limit: about 1 request per second per address, a burst of 5, a 60 s block (burst and block are the mock&apos;s choice;
          Camunda does not publish them).
        </p>
      </fieldset>
    </div>
  );
}
