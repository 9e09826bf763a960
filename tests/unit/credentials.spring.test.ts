import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/lib/credentials/detectFormat';
import { parseCredentials } from '../../src/lib/credentials/parseCredentials';
import { CLIENT_ID, CLUSTER, SECRET } from './credentials.fixtures';

const EXPECTED = { clientId: CLIENT_ID, clientSecret: SECRET, clusterId: CLUSTER, region: 'syd-1' };

describe('Spring Boot properties', () => {
  const props = `# Camunda
camunda.client.mode=saas
camunda.client.auth.client-id=${CLIENT_ID}
camunda.client.auth.client-secret = ${SECRET}
camunda.client.cloud.cluster-id: ${CLUSTER}
camunda.client.cloud.region ${'syd-1'}
server.port=8080
`;

  it('detects and reads camunda.client.* with every separator', () => {
    const result = parseCredentials(props);
    expect(result.format).toBe('properties');
    expect(result.problems).toEqual([]);
    expect(result.credentials).toMatchObject({ ...EXPECTED, scopes: ['Zeebe'], zeebeGrpcAddress: `${CLUSTER}.syd-1.zeebe.camunda.io:443` });
  });

  it('gives positions of keys and values', () => {
    const entry = parseCredentials(props).entries[2];
    expect(entry.keyRange).toEqual({ line: 4, column: 1, endLine: 4, endColumn: 34 });
    expect(entry.valueRange).toEqual({ line: 4, column: 37, endLine: 4, endColumn: 37 + SECRET.length });
  });

  it('reads relaxed names, escapes and continuation lines', () => {
    const text = `camunda.client.auth.clientId=${CLIENT_ID.slice(0, 10)}\\\n    ${CLIENT_ID.slice(10)}\ncamunda.client.auth.client_secret=${SECRET}\ncamunda.client.cloud.cluster-id=${CLUSTER}\ncamunda.client.cloud.region=syd\\u002d1\n`;
    const result = parseCredentials(text);
    expect(result.problems).toEqual([]);
    expect(result.partial).toMatchObject(EXPECTED);
    const id = result.entries[0];
    expect(id.valueRange).toMatchObject({ line: 1, endLine: 2 });
  });

  it('reads the older zeebe.client.cloud.* names', () => {
    const text = `zeebe.client.cloud.cluster-id=${CLUSTER}\nzeebe.client.cloud.client-id=${CLIENT_ID}\nzeebe.client.cloud.client-secret=${SECRET}\nzeebe.client.cloud.region=syd-1\n`;
    const result = parseCredentials(text);
    expect(result.problems).toEqual([]);
    expect(result.partial).toMatchObject(EXPECTED);
  });

  it('treats ${…} placeholders as references, not as missing values', () => {
    const text = `camunda.client.auth.client-id=\${CAMUNDA_CLIENT_ID}\ncamunda.client.auth.client-secret=\${CAMUNDA_CLIENT_SECRET}\ncamunda.client.cloud.cluster-id=${CLUSTER}\n`;
    const result = parseCredentials(text);
    expect(result.problems.map((p) => p.code)).toEqual(['unresolved-reference', 'unresolved-reference', 'default-region']);
    expect(result.valid).toBe(true);
    expect(result.credentials).toBeUndefined();
  });

  it('reports a broken \\u escape and flags unknown camunda.* keys only as info', () => {
    const result = parseCredentials('camunda.client.cloud.region=\\u00zz\ncamunda.client.worker.defaults.type=x\n', { format: 'properties' });
    expect(result.problems.find((p) => p.code === 'unexpected-text')).toMatchObject({ line: 1, column: 29 });
    expect(result.problems.find((p) => p.code === 'unknown-variable')?.severity).toBe('info');
  });

  it('suggests the right name for a misspelt property', () => {
    const result = parseCredentials(`camunda.client.auth.client-idd=${CLIENT_ID}\n`, { format: 'properties' });
    expect(result.problems.find((p) => p.code === 'unknown-variable')?.message).toContain('camunda.client.auth.client-id');
  });
});

describe('Spring Boot YAML', () => {
  const yaml = `spring:
  application:
    name: worker
camunda:
  client:
    mode: saas
    auth:
      client-id: ${CLIENT_ID}
      client-secret: '${SECRET}'
    cloud:
      cluster-id: "${CLUSTER}"
      region: syd-1
`;

  it('detects, flattens and reads nested keys with positions', () => {
    const result = parseCredentials(yaml);
    expect(result.format).toBe('yaml');
    expect(result.problems).toEqual([]);
    expect(result.partial).toMatchObject({ ...EXPECTED, mode: 'saas' });
    const secret = result.entries.find((e) => e.key === 'camunda.client.auth.client-secret')!;
    expect(secret.keyRange).toEqual({ line: 9, column: 7, endLine: 9, endColumn: 20 });
    expect(secret.valueRange).toEqual({ line: 9, column: 22, endLine: 9, endColumn: 22 + SECRET.length + 2 });
  });

  it('reads dotted keys and the legacy names', () => {
    const text = `zeebe.client.cloud:\n  cluster-id: ${CLUSTER}\n  client-id: ${CLIENT_ID}\n  client-secret: ${SECRET}\n  region: syd-1\n`;
    expect(parseCredentials(text, { format: 'yaml' }).partial).toMatchObject(EXPECTED);
  });

  it('keeps the spelling of plain scalars YAML would turn into numbers', () => {
    const text = `camunda.client.auth.client-secret: 1e10\n`;
    expect(parseCredentials(text, { format: 'yaml' }).entries[0].value).toBe('1e10');
  });

  it('reports YAML syntax errors at their position and warns about duplicates', () => {
    const broken = parseCredentials(`camunda:\n  client:\n    mode: 'saas\n`, { format: 'yaml' });
    expect(broken.problems.find((p) => p.code === 'yaml-syntax')).toMatchObject({ severity: 'error', line: 3 });
    const dup = parseCredentials(`camunda.client.mode: saas\ncamunda.client.mode: saas\n`, { format: 'yaml' });
    expect(dup.problems.find((p) => p.code === 'duplicate-key')).toMatchObject({ line: 1 });
  });

  it('rejects a document that is not a mapping', () => {
    expect(parseCredentials('- a\n- b\n', { format: 'yaml' }).problems[0].code).toBe('not-a-mapping');
  });
});

describe('JSON', () => {
  it('reads the playground\'s JSON shape, with scopes as a list', () => {
    const text = JSON.stringify({ name: 'worker', clientId: CLIENT_ID, clientSecret: SECRET, clusterId: CLUSTER, region: 'syd-1', scopes: ['Zeebe', 'Operate'] });
    const result = parseCredentials(text);
    expect(result.format).toBe('json');
    expect(result.credentials).toMatchObject({ ...EXPECTED, name: 'worker', scopes: ['Zeebe', 'Operate'], operateBaseUrl: `https://syd-1.operate.camunda.io/${CLUSTER}` });
    // JSON has base URLs too, so a scope without one is worth a remark
    expect(result.problems.map((p) => p.code)).toEqual(['scope-without-base-url']);
  });

  it('also accepts variable names as keys, and reports broken JSON', () => {
    const text = `{"ZEEBE_CLIENT_ID": "${CLIENT_ID}", "ZEEBE_CLIENT_SECRET": "${SECRET}", "ZEEBE_ADDRESS": "${CLUSTER}.syd-1.zeebe.camunda.io:443"}`;
    expect(parseCredentials(text).partial).toMatchObject(EXPECTED);
    expect(parseCredentials('{"clientId": "x",').problems.some((p) => p.code === 'json-syntax')).toBe(true);
  });
});

describe('format detection', () => {
  it.each([
    ["export ZEEBE_CLIENT_ID='x'", 'shell'],
    ['ZEEBE_CLIENT_ID=x', 'env'],
    ['camunda.client.mode=saas', 'properties'],
    ['camunda:\n  client:\n    mode: saas', 'yaml'],
    ['  { "clientId": "x" }', 'json'],
    ['', 'shell'],
    ['# only a comment', 'shell'],
  ] as const)('%j is %s', (text, format) => {
    expect(detectFormat(text).format).toBe(format);
  });

  it('can be overridden', () => {
    const result = parseCredentials(`ZEEBE_CLIENT_ID=${CLIENT_ID}`, { format: 'properties' });
    expect(result.format).toBe('properties');
    expect(result.formatDetected).toBe(false);
    expect(result.partial.clientId).toBe(CLIENT_ID);
  });
});
