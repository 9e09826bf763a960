import type { CredentialsFormat } from './entry';

/**
 * About 180 KB of unrelated settings in a format, for robustness tests and the parser benchmark:
 * a pasted application config with the credentials somewhere inside.
 */
export function largeBody(format: CredentialsFormat, lines = 3000): string {
  const pad = 'v'.repeat(40);
  const rows = Array.from({ length: lines }, (_, i) => i);
  switch (format) {
    case 'shell':
      return rows.map((i) => `export APP_SETTING_${i}='value-${i}-${pad}'`).join('\n');
    case 'env':
      return rows.map((i) => `APP_SETTING_${i}="value-${i}-${pad}"`).join('\n');
    case 'properties':
      return rows.map((i) => `app.setting.number-${i}=value-${i}-${pad}`).join('\n');
    case 'yaml':
      return `app:\n${rows.map((i) => `  setting-${i}: value-${i}-${pad}`).join('\n')}`;
    case 'json':
      return `{${rows.map((i) => `"setting${i}": "value-${i}-${pad}"`).join(',\n')}}`;
  }
}
