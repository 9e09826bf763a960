import { describe, expect, it } from 'vitest';
import { createConsoleClient, createSimulatedCluster, validateNewClient, MAX_CLIENT_NAME_LENGTH } from '../../src/lib/console/simulatedConsole';
import { parseCredentials, writeConsoleFile } from '../../src/lib/credentials';

const random = (bytes: Uint8Array) => {
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 37 + 11) % 251;
  return bytes;
};

describe('validateNewClient', () => {
  it('accepts a name and a scope', () => {
    expect(validateNewClient('order-worker', ['Zeebe'])).toEqual([]);
  });

  it.each([
    ['', 'ERR_NAME_EMPTY'],
    ['   ', 'ERR_NAME_EMPTY'],
    ['x'.repeat(MAX_CLIENT_NAME_LENGTH + 1), 'ERR_NAME_TOO_LONG'],
    ['tab\there', 'ERR_NAME_CHARACTERS'],
  ])('refuses the name %j', (name, code) => {
    const errors = validateNewClient(name, ['Zeebe']);
    expect(errors.map((e) => e.code)).toEqual([code]);
    expect(errors[0].field).toBe('name');
  });

  it('refuses a name already used on the cluster, whatever the case', () => {
    const existing = [{ name: 'Order-Worker', clientId: 'x', scopes: ['Zeebe' as const], createdAt: 0 }];
    expect(validateNewClient('order-worker', ['Zeebe'], existing).map((e) => e.code)).toEqual(['ERR_NAME_TAKEN']);
  });

  it('needs at least one known scope, and reports both problems together', () => {
    expect(validateNewClient('', ['Nope']).map((e) => e.code)).toEqual(['ERR_NAME_EMPTY', 'ERR_NO_SCOPE']);
  });
});

describe('createConsoleClient', () => {
  const cluster = createSimulatedCluster({ region: 'syd-1', random });

  it('creates a client on the cluster whose Console file reads back without problems', () => {
    const { credentials, summary } = createConsoleClient(cluster, { name: '  order-worker ', scopes: ['Operate', 'Zeebe'], now: 1_700_000_000_000, random });
    expect(credentials.clusterId).toBe(cluster.clusterId);
    expect(credentials.region).toBe('syd-1');
    expect(credentials.name).toBe('order-worker');
    expect(credentials.scopes).toEqual(['Zeebe', 'Operate']);
    const parsed = parseCredentials(writeConsoleFile(credentials));
    expect(parsed.problems).toEqual([]);
    expect(parsed.credentials?.clientSecret).toBe(credentials.clientSecret);
    expect(summary).toEqual({ name: 'order-worker', clientId: credentials.clientId, scopes: ['Zeebe', 'Operate'], createdAt: 1_700_000_000_000 });
  });

  it('keeps the secret out of the list entry', () => {
    const { credentials, summary } = createConsoleClient(cluster, { name: 'a', scopes: ['Zeebe'], now: 0, random });
    expect(JSON.stringify(summary)).not.toContain(credentials.clientSecret);
  });
});

describe('the Console scopes follow the Camunda version', () => {
  it('offers the 8.8 scopes and maps them onto the components they cover', async () => {
    const { scopeOptions, grantedScopes, scopeLabels } = await import('../../src/lib/console/scopeOptions');
    expect(scopeOptions('8.8').map((o) => o.label)).toEqual(['Orchestration Cluster API', 'Optimize API', 'Administration API']);
    expect(scopeOptions('8.7').map((o) => o.label)).toEqual(['Zeebe', 'Tasklist', 'Operate', 'Optimize', 'Secrets']);
    expect(grantedScopes('8.8', ['Orchestration'])).toEqual(['Zeebe', 'Tasklist', 'Operate']);
    expect(grantedScopes('8.8', ['Administration'])).toEqual(['Secrets']);
    expect(scopeLabels('8.8', ['Zeebe', 'Tasklist', 'Operate'])).toEqual(['Orchestration Cluster API']);
    expect(scopeLabels('8.7', ['Zeebe', 'Secrets'])).toEqual(['Zeebe', 'Secrets']);
  });
});
