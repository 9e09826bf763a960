import { useId, type ReactNode } from 'react';
import { useCamundaVersion } from '@site/src/hooks/useCamundaVersion';
import { CAMUNDA_VERSIONS, type CamundaVersionId } from '@site/src/lib/camundaVersion';
import styles from './styles.module.css';

/**
 * The Camunda version choice as a small radio group. Every copy on the site shows the same choice;
 * changing one changes them all, and the choice is remembered on the other pages.
 */
export default function VersionSwitch({ note }: { note?: ReactNode }): ReactNode {
  const [version, setVersion] = useCamundaVersion();
  const name = useId();
  return (
    <fieldset className={styles.switch} data-testid="camunda-version-switch">
      <legend className={styles.legend}>Camunda version</legend>
      {CAMUNDA_VERSIONS.map((v) => (
        <label key={v.id} className={styles.option}>
          <input
            type="radio"
            name={name}
            value={v.id}
            checked={version === v.id}
            onChange={() => setVersion(v.id as CamundaVersionId)}
          />{' '}
          {v.label}
        </label>
      ))}
      {note && <span className={styles.note}>{note}</span>}
    </fieldset>
  );
}
