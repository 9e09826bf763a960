import { describe, expect, it } from 'vitest';
import {
  findTarget,
  generateAllSnippets,
  generateSnippet,
  GROUP_LABELS,
  MASK_CHAR,
  mockServerEndpoints,
  PLACEHOLDERS,
  SnippetError,
  TARGET_GROUPS,
  TARGET_IDS,
  TARGETS,
  type TargetId,
} from '../../src/lib/snippets';
import { makeCredentials, NASTY_SECRETS, REALISTIC_SECRET } from './snippetsSupport';

describe('catalogue', () => {
  it('has one target per id, each in a known group with its texts', () => {
    expect(TARGETS.map((t) => t.id)).toEqual([...TARGET_IDS]);
    for (const t of TARGETS) {
      expect(TARGET_GROUPS).toContain(t.group);
      expect(GROUP_LABELS[t.group]).toBeTruthy();
      expect(t.caching.length).toBeGreaterThan(80);
      expect(t.tryLocally).toMatch(/npm run mock-server/);
      expect(t.install).toBeTruthy();
    }
    for (const group of TARGET_GROUPS) expect(TARGETS.some((t) => t.group === group)).toBe(true);
  });

  it('covers every client the guide teaches', () => {
    const groups = new Set(TARGETS.map((t) => t.group));
    expect([...groups].sort()).toEqual([...TARGET_GROUPS].sort());
    expect(findTarget('java-zeebe-client')?.versions).toMatch(/8\.7/);
    expect(findTarget('spring-legacy-yaml')?.versions).toMatch(/8\.5/);
  });

  it('rejects an unknown target with a typed error that lists the valid ids', () => {
    let caught: unknown;
    try {
      generateSnippet('cobol' as TargetId);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SnippetError);
    expect((caught as SnippetError).code).toBe('ERR_UNKNOWN_SNIPPET_TARGET');
    expect((caught as SnippetError).message).toMatch(/java-camunda-client/);
  });

  it('generates every target in catalogue order', () => {
    expect(generateAllSnippets().map((s) => s.targetId)).toEqual([...TARGET_IDS]);
  });
});

describe('without credentials', () => {
  const snippets = generateAllSnippets(undefined);

  it.each(snippets.map((s) => [s.targetId, s] as const))('%s shows clear placeholders and nothing to mask', (_, s) => {
    expect(s.code).toContain(PLACEHOLDERS.clientId);
    expect(s.code).toContain(PLACEHOLDERS.clientSecret);
    expect(s.usesPlaceholders).toBe(true);
    expect(s.hasSecret).toBe(false);
    expect(s.secretRanges).toEqual([]);
    expect(s.maskedCode).toBe(s.code);
    expect(s.code.endsWith('\n')).toBe(true);
  });

  it('uses the real SaaS token URL and audience, which are the same for everyone', () => {
    for (const s of snippets) {
      if (['java-camunda-client', 'java-zeebe-client', 'spring-legacy-yaml', 'spring-legacy-properties', 'spring-yaml', 'spring-properties', 'python-pyzeebe'].includes(s.targetId)) continue;
      expect(s.code, s.targetId).toContain('https://login.cloud.camunda.io/oauth/token');
    }
    expect(snippets.every((s) => s.warnings.length === 0 || s.targetId === 'zbctl-flags')).toBe(true);
  });
});

describe('with credentials', () => {
  const credentials = makeCredentials();
  const snippets = generateAllSnippets(credentials);

  it.each(snippets.map((s) => [s.targetId, s] as const))('%s contains the values and masks the secret', (_, s) => {
    expect(s.usesPlaceholders).toBe(false);
    expect(s.code).toContain(credentials.clientId);
    expect(s.code).toContain(REALISTIC_SECRET);
    expect(s.hasSecret).toBe(true);
    expect(s.maskedCode).not.toContain(REALISTIC_SECRET);
    expect(s.maskedCode).toContain(MASK_CHAR.repeat(8));
    for (const range of s.secretRanges) expect(s.code.slice(range.start, range.end)).toBe(REALISTIC_SECRET);
    for (const range of s.maskedRanges) expect(s.maskedCode.slice(range.start, range.end)).toMatch(/^•+$/);
    // Everything outside the secret is identical on screen and on the clipboard.
    expect(s.maskedCode.replace(/•+/g, '#')).toBe(s.code.split(REALISTIC_SECRET).join('#'));
    expect(s.segments.map((seg) => seg.text).join('')).toBe(s.code);
  });

  it('names the cluster wherever a client needs it', () => {
    const needsCluster = snippets.filter((s) => !['node-env', 'curl-json', 'curl', 'java-env', 'csharp-env', 'zbctl-env', 'zbctl-flags', 'go-client', 'csharp-builder', 'node-sdk'].includes(s.targetId));
    for (const s of needsCluster) expect(s.code, s.targetId).toContain(credentials.clusterId);
    for (const s of snippets) expect(s.code, s.targetId).toContain(credentials.clusterId); // addresses carry it too
  });

  it('points the address-based clients at the cluster from the credentials', () => {
    expect(generateSnippet('go-client', credentials).code).toContain(`"${credentials.zeebeGrpcAddress}"`);
    expect(generateSnippet('csharp-builder', credentials).code).toContain(`.UseContactPoint("${credentials.zeebeGrpcAddress}")`);
    expect(generateSnippet('node-sdk', credentials).code).toContain(`'grpcs://${credentials.zeebeGrpcAddress}'`);
    expect(generateSnippet('curl', credentials).code).toContain(`'${credentials.zeebeRestAddress}/v2/topology'`);
  });

  it('masks every occurrence when a snippet repeats the secret', () => {
    const s = generateSnippet('shell-export', credentials);
    expect(s.secretRanges.length).toBe(3); // ZEEBE_, CAMUNDA_ and Spring-style names
  });

  it('falls back to placeholders field by field when a value is missing', () => {
    const s = generateSnippet('java-camunda-client', { ...credentials, clusterId: '' });
    expect(s.code).toContain(`.withClusterId("${PLACEHOLDERS.clusterId}")`);
    expect(s.code).toContain(credentials.clientId);
    expect(s.usesPlaceholders).toBe(true);
  });

  it('can point at another token endpoint, e.g. the local mock server', () => {
    const endpoints = { tokenUrl: 'http://localhost:8787/oauth/token', restAddress: 'http://localhost:8787/zeebe/', grpcAddress: 'localhost:26500' };
    const curl = generateSnippet('curl', credentials, { endpoints });
    expect(curl.code).toContain("'http://localhost:8787/oauth/token'");
    expect(curl.code).toContain("'http://localhost:8787/zeebe/v2/topology'");
    const go = generateSnippet('go-client', credentials, { endpoints });
    expect(go.code).toContain('UsePlaintextConnection: true');
    expect(generateSnippet('node-sdk', credentials, { endpoints }).code).toContain("'grpc://localhost:26500'");
    expect(generateSnippet('zbctl-flags', credentials, { endpoints }).code).toContain('--insecure');
    expect(generateSnippet('spring-yaml', credentials, { endpoints }).code).toContain("token-url: 'http://localhost:8787/oauth/token'");
    // Builders that cannot be redirected say so instead of silently ignoring the URL.
    expect(generateSnippet('java-camunda-client', credentials, { endpoints }).warnings.join()).toMatch(/environment-variable variant/);
    expect(generateSnippet('spring-legacy-yaml', credentials, { endpoints }).warnings.join()).toMatch(/token-url/);
    expect(generateSnippet('python-pyzeebe', credentials, { endpoints }).code).toContain('authorization_server="http://localhost:8787/oauth/token"');
  });

  it('warns where a particular secret cannot work as written', () => {
    const withPlaceholder = makeCredentials({ clientSecret: 'abc${def}' });
    expect(generateSnippet('spring-yaml', withPlaceholder).warnings.join()).toMatch(/CAMUNDA_CLIENT_AUTH_CLIENTSECRET/);
    expect(generateSnippet('spring-properties', withPlaceholder).warnings).toHaveLength(1);
    expect(generateSnippet('spring-yaml', credentials).warnings).toEqual([]);
    expect(generateSnippet('dotenv', makeCredentials({ clientSecret: "it's" })).warnings.join()).toMatch(/dotenv/);
    expect(generateSnippet('dotenv', credentials).warnings).toEqual([]);
    expect(generateSnippet('csharp-env', makeCredentials({ clientSecret: "'quoted'" })).warnings.join()).toMatch(/trims/);
    expect(generateSnippet('csharp-env', credentials).warnings).toEqual([]);
  });
});

describe('nasty secrets', () => {
  it.each(NASTY_SECRETS.map((s) => [s]))('%j is masked in every snippet', (secret) => {
    for (const s of generateAllSnippets(makeCredentials({ clientSecret: secret }))) {
      expect(s.hasSecret, s.targetId).toBe(true);
      if (secret.length > 3) {
        // Only the secret's own occurrences disappear (the code may contain "null" elsewhere).
        const count = (text: string) => text.split(secret).length - 1;
        const inRanges = s.secretRanges.reduce((n, r) => n + count(s.code.slice(r.start, r.end)), 0);
        expect(count(s.maskedCode), s.targetId).toBe(count(s.code) - inRanges);
      }
      // The bullets replace exactly the escaped secret, so re-inserting the ranges gives the real code back.
      let rebuilt = s.maskedCode;
      for (let i = s.maskedRanges.length - 1; i >= 0; i--) {
        const real = s.secretRanges[i];
        const masked = s.maskedRanges[i];
        rebuilt = rebuilt.slice(0, masked.start) + s.code.slice(real.start, real.end) + rebuilt.slice(masked.end);
      }
      expect(rebuilt).toBe(s.code);
    }
  });
});

describe('mock server endpoints', () => {
  it('aim the token request at the local mock and keep everything else', () => {
    expect(mockServerEndpoints()).toEqual({ tokenUrl: 'http://127.0.0.1:8089/oauth/token', restAddress: 'http://127.0.0.1:8089/zeebe' });
    const curl = generateSnippet('curl', makeCredentials(), { endpoints: mockServerEndpoints('http://127.0.0.1:9000/') });
    expect(curl.code).toContain("--request POST 'http://127.0.0.1:9000/oauth/token'");
    expect(curl.code).toContain(makeCredentials().clientId);
  });
});
