import { useId, useState, type ReactNode } from 'react';
import { DEFAULT_REGION, KNOWN_REGIONS, type ConsoleScope } from '@site/src/lib/credentials';
import { grantedScopes, scopeOptions } from '@site/src/lib/console/scopeOptions';
import { useCamundaVersion } from '@site/src/hooks/useCamundaVersion';
import styles from './styles.module.css';

/** Region and scopes for "Generate mock credentials"; the scopes are those of the chosen Camunda version. */
export default function GenerateControls({ onGenerate }: { onGenerate: (region: string, scopes: ConsoleScope[]) => void }): ReactNode {
  const id = useId();
  const [region, setRegion] = useState<string>(DEFAULT_REGION);
  const [version] = useCamundaVersion();
  // Option ids of both versions' cluster scope, so the first option is ticked whichever is chosen.
  const [picked, setPicked] = useState<string[]>(['Zeebe', 'Orchestration']);
  const toggle = (option: string, on: boolean) => setPicked((s) => (on ? [...s, option] : s.filter((x) => x !== option)));
  const scopes = grantedScopes(version, picked);
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
          {scopeOptions(version).map((option) => (
            <label key={option.id} className={styles.inline}>
              <input type="checkbox" checked={picked.includes(option.id)} onChange={(e) => toggle(option.id, e.target.checked)} /> {option.label}
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
