import { describe, expect, it } from 'vitest';
import * as api from '../../src/lib/credentials';
import { isSecretKey, resolveKey } from '../../src/lib/credentials/resolveKey';
import { buildVariableTable, renderVariableTableMarkdown } from '../../src/lib/credentials/variableTable';
import { JSON_KEYS, OTHER_CLIENT_SETTINGS, VARIABLES } from '../../src/lib/credentials/variables';
import { consoleVariables } from '../../src/lib/credentials/writeCredentials';
import { CONSOLE_CREDENTIALS } from './credentials.fixtures';

describe('the variable catalogue', () => {
  it('has each name once, and none also listed as a non-credential setting', () => {
    const names = VARIABLES.map((v) => v.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(OTHER_CLIENT_SETTINGS.has(name)).toBe(false);
  });

  it('knows every variable the writers put in a Console file, and marks them as such', () => {
    for (const [name] of consoleVariables(CONSOLE_CREDENTIALS, '8.8')) {
      const resolution = resolveKey(name);
      expect(resolution.kind, name).toBe('variable');
      if (resolution.kind === 'variable') expect(resolution.info.inConsoleFile, name).toBeDefined();
    }
    const inFile = VARIABLES.filter((v) => v.inConsoleFile).map((v) => v.name).sort();
    expect(inFile).toEqual(consoleVariables(CONSOLE_CREDENTIALS, '8.8').map(([n]) => n).sort());
  });

  it('resolves Spring properties in their relaxed forms, and their environment form', () => {
    for (const key of ['camunda.client.auth.client-id', 'camunda.client.auth.clientId', 'camunda.client.auth.client_id', 'CAMUNDA_CLIENT_AUTH_CLIENTID']) {
      const r = resolveKey(key);
      expect(r.kind === 'variable' && r.info.field, key).toBe('clientId');
    }
    const legacy = resolveKey('ZEEBE_CLIENT_CLOUD_CLUSTERID');
    expect(legacy.kind === 'variable' && legacy.info.name).toBe('zeebe.client.cloud.cluster-id');
    expect(resolveKey('zeebe_client_id').kind).toBe('unknown');
  });

  it('maps every Credentials field from JSON', () => {
    expect(Object.keys(JSON_KEYS).sort()).toEqual([...Object.keys(CONSOLE_CREDENTIALS), 'name'].sort());
  });

  it('knows which keys hold secrets', () => {
    expect(VARIABLES.filter((v) => v.secret).every((v) => v.field === 'clientSecret')).toBe(true);
    expect(isSecretKey('ZEEBE_CLIENT_SECRET')).toBe(true);
    expect(isSecretKey('camunda.client.auth.clientSecret')).toBe(true);
    expect(isSecretKey('clientSecret')).toBe(true);
    expect(isSecretKey('MY_DB_PASSWORD')).toBe(true);
    expect(isSecretKey('ZEEBE_CLIENT_ID')).toBe(false);
  });

  it('builds the guide\'s table from the catalogue', () => {
    const rows = buildVariableTable();
    expect(rows).toHaveLength(VARIABLES.length);
    expect(rows[0]).toMatchObject({ name: 'ZEEBE_ADDRESS', inConsoleFile: 'always', generationLabel: 'Console file (all versions)' });
    expect(rows.find((r) => r.name === 'CAMUNDA_TASKLIST_BASE_URL')?.inConsoleFile).toBe('with its scope');
    expect(rows.find((r) => r.name === 'ZEEBE_CLIENT_SECRET')?.secret).toBe(true);
    const markdown = renderVariableTableMarkdown(rows);
    expect(markdown.split('\n')).toHaveLength(rows.length + 3);
    expect(markdown).toContain('| `CAMUNDA_OAUTH_URL` |');
    expect(markdown).not.toContain('<cluster id>'); // MDX would read it as a tag
    expect(markdown).toContain('&lt;cluster id>');
  });

  it('offers everything through one import', () => {
    for (const name of ['parseCredentials', 'writeCredentials', 'generateMockCredentials', 'maskSecret', 'sortProblems', 'toMarkerData', 'VARIABLES', 'buildVariableTable', 'detectFormat', 'isSecretKey']) {
      expect(api, name).toHaveProperty(name);
    }
  });
});
