import { useId, useState, type ReactNode } from 'react';
import { SUGGESTED_FILE_NAMES, writeCredentials, type Credentials, type CredentialsFormat } from '@site/src/lib/credentials';
import { downloadText } from './browserIo';
import styles from './styles.module.css';

const OPTIONS: { format: CredentialsFormat; label: string }[] = [
  { format: 'shell', label: 'Console file (CamundaCredentials.sh)' },
  { format: 'env', label: '.env' },
  { format: 'properties', label: 'Spring properties (application.properties)' },
  { format: 'yaml', label: 'Spring YAML (application.yaml)' },
  { format: 'json', label: 'JSON' },
];

/** Writes the loaded credentials in another format and downloads the file. */
export default function DownloadAs({ credentials }: { credentials: Credentials }): ReactNode {
  const id = useId();
  const [format, setFormat] = useState<CredentialsFormat>('shell');
  return (
    <div className={styles.download}>
      <label htmlFor={`${id}-format`}>Download as</label>
      <select id={`${id}-format`} value={format} onChange={(e) => setFormat(e.target.value as CredentialsFormat)}>
        {OPTIONS.map((o) => (
          <option key={o.format} value={o.format}>
            {o.label}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button button--secondary button--sm"
        onClick={() => downloadText(SUGGESTED_FILE_NAMES[format], writeCredentials(credentials, format), format === 'json' ? 'application/json' : 'text/plain')}
      >
        Download
      </button>
      {(format === 'properties' || format === 'yaml') && (
        <p className={styles.hint}>Spring Boot settings carry no scopes or base URLs: the starter derives the addresses from cluster id and region.</p>
      )}
    </div>
  );
}
