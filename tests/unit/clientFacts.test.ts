import { describe, expect, it } from 'vitest';
import { CLIENT_CONFIG_FACT, CLIENT_FACTS, findFact, SOURCES } from '../../src/lib/clientFacts';
import { CLIENT_LABELS, VARIABLES, readBySources, type ClientName } from '../../src/lib/credentials';
import { CLIENT_REFRESH_MARGINS } from '../../src/lib/token/tokenTimes';
import { parseCamundaVersion, versionFromSearch } from '../../src/lib/camundaVersion';
import { generateSnippet } from '../../src/lib/snippets';

describe('client facts carry their source and versions', () => {
  it('every fact names at least one known source and a version range', () => {
    for (const fact of CLIENT_FACTS) {
      expect(fact.sources.length, `${fact.id} has no source`).toBeGreaterThan(0);
      for (const id of fact.sources) expect(SOURCES[id]?.url, `${fact.id}: unknown source ${id}`).toMatch(/^https:\/\//);
      expect(fact.versions.trim(), `${fact.id} has no version range`).not.toBe('');
    }
  });

  it('fact ids are unique', () => {
    expect(new Set(CLIENT_FACTS.map((f) => f.id)).size).toBe(CLIENT_FACTS.length);
  });

  it('every client that reads a variable has a sourced, versioned config fact', () => {
    const readers = new Set<ClientName>(VARIABLES.flatMap((v) => v.readBy));
    for (const client of readers) {
      const fact = findFact(CLIENT_CONFIG_FACT[client]);
      expect(fact, `${client} has no config fact`).toBeDefined();
      expect(fact!.topic).toBe('config');
    }
    expect(readBySources(VARIABLES).map((s) => s.client)).toEqual(Object.values(CLIENT_LABELS).filter((label) =>
      [...readers].some((c) => CLIENT_LABELS[c] === label)));
  });

  it('every catalogue variable says which versions it holds for', () => {
    for (const v of VARIABLES) expect(v.versions.trim(), v.name).not.toBe('');
  });

  it('every refresh margin the token inspector shows points at a fact', () => {
    for (const m of CLIENT_REFRESH_MARGINS) expect(findFact(m.factId), m.client).toBeDefined();
  });

  it('marks the facts nobody has confirmed', () => {
    const unconfirmed = CLIENT_FACTS.filter((f) => !f.confirmed).map((f) => f.id);
    expect(unconfirmed).toEqual(expect.arrayContaining(['saas-retry-after', 'saas-block-duration', 'saas-error-body']));
  });
});

describe('what the clients read (corrected facts)', () => {
  const readers = (name: string) => VARIABLES.find((v) => v.name === name)?.readBy ?? [];
  it('the Java client does not read ZEEBE_ADDRESS but reads CAMUNDA_GRPC_ADDRESS and ZEEBE_GRPC_ADDRESS', () => {
    expect(readers('ZEEBE_ADDRESS')).not.toContain('java');
    expect(readers('CAMUNDA_GRPC_ADDRESS')).toContain('java');
    expect(readers('ZEEBE_GRPC_ADDRESS')).toContain('java');
    expect(readers('CAMUNDA_REST_ADDRESS')).toContain('java');
  });
  it('the C# client does not read ZEEBE_TOKEN_AUDIENCE', () => {
    expect(readers('ZEEBE_TOKEN_AUDIENCE')).not.toContain('csharp');
  });
  it('knows the 8.6/8.7 Spring property names', () => {
    for (const name of ['camunda.client.cluster-id', 'camunda.client.region', 'camunda.client.auth.issuer', 'camunda.client.zeebe.grpc-address']) {
      expect(VARIABLES.find((v) => v.name === name)?.camunda, name).toEqual(['8.7']);
    }
  });
});

describe('the Camunda version choice', () => {
  it('reads a link like ?camunda=8.7', () => {
    expect(versionFromSearch('?camunda=8.7')).toBe('8.7');
    expect(versionFromSearch('?language=go&camunda=8.9')).toBe('8.8');
    expect(versionFromSearch('?camunda=7.20')).toBeUndefined();
    expect(parseCamundaVersion('8.6')).toBe('8.7');
    expect(parseCamundaVersion('8.10')).toBe('8.8');
    expect(parseCamundaVersion('junk')).toBeUndefined();
  });

  it('writes the Spring properties of the chosen version', () => {
    const v88 = generateSnippet('spring-properties', undefined, { version: '8.8' }).code;
    const v87 = generateSnippet('spring-properties', undefined, { version: '8.7' }).code;
    expect(v88).toContain('camunda.client.cloud.cluster-id=');
    expect(v88).not.toContain('camunda.client.cluster-id=');
    expect(v87).toContain('camunda.client.cluster-id=');
    expect(v87).toContain('camunda.client.region=');
    expect(v87).not.toContain('camunda.client.cloud.');
    const mock = { endpoints: { tokenUrl: 'http://127.0.0.1:8089/oauth/token' } };
    expect(generateSnippet('spring-yaml', undefined, { ...mock, version: '8.7' }).code).toContain('issuer:');
    expect(generateSnippet('spring-yaml', undefined, { ...mock, version: '8.8' }).code).toContain('token-url:');
  });
});
