import { useId, useState, type ReactNode } from 'react';
import { CONSOLE_SCOPES, DEFAULT_REGION, KNOWN_REGIONS, type ConsoleScope } from '@site/src/lib/credentials';
import styles from './styles.module.css';

/** Region and scopes for "Generate mock credentials". */
export default function GenerateControls({ onGenerate }: { onGenerate: (region: string, scopes: ConsoleScope[]) => void }): ReactNode {
  const id = useId();
  const [region, setRegion] = useState<string>(DEFAULT_REGION);
  const [scopes, setScopes] = useState<ConsoleScope[]>(['Zeebe']);
  const toggle = (scope: ConsoleScope, on: boolean) => setScopes((s) => (on ? [...s, scope] : s.filter((x) => x !== scope)));
  return (
    <fieldset className={styles.generate}>
      <legend>Mock credentials</legend>
      <div className={styles.generateRow}>
        <label htmlFor={`${id}-region`}>Region</label>
        <select id={`${id}-region`} value={region} onChange={(e) => setRegion(e.target.value)}>
          {KNOWN_REGIONS.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
        <span className={styles.scopes} role="group" aria-label="Scopes">
          {CONSOLE_SCOPES.map((scope) => (
            <label key={scope} className={styles.inline}>
              <input type="checkbox" checked={scopes.includes(scope)} onChange={(e) => toggle(scope, e.target.checked)} /> {scope}
            </label>
          ))}
        </span>
        <button type="button" className="button button--primary button--sm" onClick={() => onGenerate(region, scopes)} disabled={scopes.length === 0}>
          Generate mock credentials
        </button>
      </div>
      {scopes.length === 0 && <p className={styles.hint}>Choose at least one scope.</p>}
    </fieldset>
  );
}
