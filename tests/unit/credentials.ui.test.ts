import { describe, expect, it } from 'vitest';
import { generateMockCredentials, MAX_CREDENTIALS_INPUT_LENGTH, parseCredentials, writeConsoleFile } from '../../src/lib/credentials';
import { describeOversizedInput, formatByteSize } from '../../src/lib/credentials/inputSize';
import { sameCredentials } from '../../src/lib/credentials/sameCredentials';
import { CONSOLE_CREDENTIALS } from './credentials.fixtures';

function seeded(seed: number) {
  let x = seed;
  return (bytes: Uint8Array) => {
    for (let i = 0; i < bytes.length; i++) {
      x = (x * 1103515245 + 12345) >>> 0;
      bytes[i] = x >>> 24;
    }
    return bytes;
  };
}

describe('generateMockCredentials with a given cluster', () => {
  it('keeps the cluster id and builds every address from it', () => {
    const clusterId = '11111111-2222-4333-8444-555555555555';
    const c = generateMockCredentials({ clusterId, region: 'ont-1', scopes: ['Zeebe', 'Operate'], random: seeded(1) });
    expect(c.clusterId).toBe(clusterId);
    expect(c.zeebeGrpcAddress).toBe(`${clusterId}.ont-1.zeebe.camunda.io:443`);
    expect(c.operateBaseUrl).toBe(`https://ont-1.operate.camunda.io/${clusterId}`);
  });
});

describe('sameCredentials', () => {
  it('treats a re-read Console download as the same credentials, name aside', () => {
    const created = generateMockCredentials({ name: 'worker', scopes: ['Zeebe', 'Tasklist'], random: seeded(2) });
    const reread = parseCredentials(writeConsoleFile(created)).credentials;
    expect(reread?.name).toBeUndefined();
    expect(sameCredentials(created, reread)).toBe(true);
  });

  it('notices a different secret, scope or address', () => {
    const base = CONSOLE_CREDENTIALS;
    expect(sameCredentials(base, { ...base, clientSecret: `${base.clientSecret}x` })).toBe(false);
    expect(sameCredentials(base, { ...base, scopes: ['Zeebe'] })).toBe(false);
    expect(sameCredentials(base, { ...base, region: 'bru-2' })).toBe(false);
    expect(sameCredentials(base, { ...base, tasklistBaseUrl: undefined })).toBe(false);
    expect(sameCredentials(base, { ...base, scopes: [...base.scopes].reverse() })).toBe(true);
  });

  it('compares missing credentials', () => {
    expect(sameCredentials(undefined, undefined)).toBe(true);
    expect(sameCredentials(CONSOLE_CREDENTIALS, undefined)).toBe(false);
  });
});

describe('describeOversizedInput', () => {
  it('accepts anything up to the parser limit', () => {
    expect(describeOversizedInput(0, 'file')).toBeUndefined();
    expect(describeOversizedInput(MAX_CREDENTIALS_INPUT_LENGTH, 'clipboard')).toBeUndefined();
  });

  it('refuses a 5 MB file by name and size, and says what to do', () => {
    const message = describeOversizedInput(5 * 1024 * 1024, 'file', 'server.log');
    expect(message).toContain('"server.log" is 5.2 MB');
    expect(message).toContain('the limit is 1.0 MB');
    expect(message).toMatch(/Nothing was loaded/);
  });

  it('speaks of characters for clipboard text', () => {
    expect(describeOversizedInput(MAX_CREDENTIALS_INPUT_LENGTH + 1, 'clipboard')).toMatch(/^The clipboard holds 1,048,577 characters/);
  });

  it('formats sizes', () => {
    expect(formatByteSize(1)).toBe('1 byte');
    expect(formatByteSize(999)).toBe('999 bytes');
    expect(formatByteSize(1500)).toBe('2 KB');
    expect(formatByteSize(2_500_000)).toBe('2.5 MB');
  });
});
