/**
 * Every generated snippet is read back by a real parser for its language (bash, yaml,
 * dot-properties, JSON.parse, the TypeScript compiler, Python's ast, javac), with realistic and
 * nasty secrets, and the values that come out must be exactly the values that went in.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseProperties } from 'dot-properties';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml, parseAllDocuments } from 'yaml';
import type { Credentials } from '../../src/lib/credentials/model';
import { generateSnippet, PLACEHOLDERS, type TargetId } from '../../src/lib/snippets';
import {
  bashSyntaxErrors,
  bashVariables,
  fromHex,
  hex,
  makeCredentials,
  NASTY_SECRETS,
  REALISTIC_SECRET,
  runNodeSnippet,
  withTempDir,
  writeFiles,
} from './snippetsSupport';

const SECRETS = [REALISTIC_SECRET, ...NASTY_SECRETS];
const ALL_CREDENTIALS = SECRETS.map((clientSecret) => makeCredentials({ clientSecret }));
/** Placeholders stand in for the credentials; token URL and audience keep their real defaults. */
const PLACEHOLDER_VIEW = {
  clientId: PLACEHOLDERS.clientId,
  clientSecret: PLACEHOLDERS.clientSecret,
  clusterId: PLACEHOLDERS.clusterId,
  region: PLACEHOLDERS.region,
  audience: 'zeebe.camunda.io',
  authorizationServerUrl: 'https://login.cloud.camunda.io/oauth/token',
  scopes: [],
  zeebeGrpcAddress: `${PLACEHOLDERS.clusterId}.${PLACEHOLDERS.region}.zeebe.camunda.io:443`,
  zeebeRestAddress: `https://${PLACEHOLDERS.region}.zeebe.camunda.io/${PLACEHOLDERS.clusterId}`,
} satisfies Credentials;
/** [label, credentials given to the generator, values expected back]. */
const CASES: [string, Credentials | undefined, Credentials][] = [
  ['placeholders', undefined, PLACEHOLDER_VIEW],
  ...ALL_CREDENTIALS.map((c) => [JSON.stringify(c.clientSecret), c, c] as [string, Credentials, Credentials]),
];

// The variables each client reads, written out independently of the generator.
function javaEnv(c: Credentials) {
  return {
    CAMUNDA_GRPC_ADDRESS: `grpcs://${c.zeebeGrpcAddress}`,
    CAMUNDA_REST_ADDRESS: c.zeebeRestAddress,
    CAMUNDA_CLIENT_ID: c.clientId,
    CAMUNDA_CLIENT_SECRET: c.clientSecret,
    CAMUNDA_TOKEN_AUDIENCE: c.audience,
    CAMUNDA_AUTHORIZATION_SERVER_URL: c.authorizationServerUrl,
  };
}
function nodeEnv(c: Credentials) {
  return {
    ZEEBE_GRPC_ADDRESS: `grpcs://${c.zeebeGrpcAddress}`,
    ZEEBE_REST_ADDRESS: c.zeebeRestAddress,
    ZEEBE_CLIENT_ID: c.clientId,
    ZEEBE_CLIENT_SECRET: c.clientSecret,
    ZEEBE_TOKEN_AUDIENCE: c.audience,
    CAMUNDA_OAUTH_URL: c.authorizationServerUrl,
    CAMUNDA_AUTH_STRATEGY: 'OAUTH',
  };
}
function csharpEnv(c: Credentials) {
  return {
    ZEEBE_ADDRESS: c.zeebeGrpcAddress,
    ZEEBE_CLIENT_ID: c.clientId,
    ZEEBE_CLIENT_SECRET: c.clientSecret,
    ZEEBE_AUTHORIZATION_SERVER_URL: c.authorizationServerUrl,
  };
}
function zbctlEnv(c: Credentials) {
  return { ...csharpEnv(c), ZEEBE_TOKEN_AUDIENCE: c.audience };
}
function allEnv(c: Credentials): Record<string, string> {
  return {
    ...zbctlEnv(c),
    ...nodeEnv(c),
    ...javaEnv(c),
    CAMUNDA_CLUSTER_ID: c.clusterId,
    CAMUNDA_CLUSTER_REGION: c.region,
    CAMUNDA_CLIENT_MODE: 'saas',
    CAMUNDA_CLIENT_AUTH_CLIENTID: c.clientId,
    CAMUNDA_CLIENT_AUTH_CLIENTSECRET: c.clientSecret,
    CAMUNDA_CLIENT_CLOUD_CLUSTERID: c.clusterId,
    CAMUNDA_CLIENT_CLOUD_REGION: c.region,
  };
}

const ENV_TARGETS: [TargetId, (c: Credentials) => Record<string, string>][] = [
  ['java-env', javaEnv],
  ['node-env', nodeEnv],
  ['zbctl-env', zbctlEnv],
  ['csharp-env', csharpEnv],
  ['shell-export', allEnv],
];

const code = (id: TargetId, c: Credentials | undefined) => generateSnippet(id, c).code;

describe('shell export snippets, sourced by bash', () => {
  for (const [id, expected] of ENV_TARGETS) {
    it.each(CASES)(`${id} with %s`, (_, given, want) => {
      const snippet = code(id, given);
      expect(bashSyntaxErrors(snippet)).toBe('');
      const names = Object.keys(expected(want));
      // Exactly these variables, no others.
      expect([...snippet.matchAll(/^export ([A-Z_]+)=/gm)].map((m) => m[1]).sort()).toEqual([...names].sort());
      // Run from an empty environment, then let a child process (env -0) list what it inherited:
      // the values can only come from the snippet, and only exported ones reach the child.
      const out = execFileSync('bash', ['--noprofile', '--norc', '-c', `${snippet}\nexec env -0`], {
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
        encoding: 'utf8',
      });
      const inherited = Object.fromEntries(
        out.split('\0').filter(Boolean).map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
      );
      const picked = Object.fromEntries(names.map((n) => [n, inherited[n]]));
      expect(picked).toEqual(expected(want));
    });
  }
});

describe('.env file', () => {
  it.each(CASES)('is read by bash (set -a; . ./.env) with %s', (_, given, want) => {
    withTempDir((dir) => {
      const file = join(dir, '.env');
      writeFileSync(file, code('dotenv', given));
      const names = Object.keys(allEnv(want));
      expect(bashVariables(`set -a; . '${file}'; set +a`, names)).toEqual(allEnv(want));
      expect(readFileSync(file, 'utf8')).not.toMatch(/^export /m);
    });
  });
});

describe('Spring Boot configuration', () => {
  const modern = (c: Credentials) => ({
    camunda: {
      client: {
        mode: 'saas',
        auth: { 'client-id': c.clientId, 'client-secret': c.clientSecret },
        cloud: { 'cluster-id': c.clusterId, region: c.region },
      },
    },
  });
  const legacy = (c: Credentials) => ({
    zeebe: { client: { cloud: { 'cluster-id': c.clusterId, 'client-id': c.clientId, 'client-secret': c.clientSecret, region: c.region } } },
  });
  const flatten = (tree: object, prefix = ''): Record<string, string> =>
    Object.entries(tree).reduce<Record<string, string>>((acc, [k, v]) => {
      const key = prefix ? `${prefix}.${k}` : k;
      return typeof v === 'object' ? { ...acc, ...flatten(v as object, key) } : { ...acc, [key]: v as string };
    }, {});

  it.each(CASES)('application.yaml (8.6+) parses to camunda.client.* with %s', (_, given, want) => {
    expect(parseYaml(code('spring-yaml', given))).toEqual(modern(want));
  });
  it.each(CASES)('application.properties (8.6+) parses to camunda.client.* with %s', (_, given, want) => {
    expect(parseProperties(code('spring-properties', given))).toEqual(flatten(modern(want)));
  });
  it.each(CASES)('application.yaml (8.5) parses to zeebe.client.cloud.* with %s', (_, given, want) => {
    expect(parseYaml(code('spring-legacy-yaml', given))).toEqual(legacy(want));
  });
  it.each(CASES)('application.properties (8.5) parses to zeebe.client.cloud.* with %s', (_, given, want) => {
    expect(parseProperties(code('spring-legacy-properties', given))).toEqual(flatten(legacy(want)));
  });
  it('adds token-url only when the token endpoint is not the SaaS one', () => {
    const local = generateSnippet('spring-properties', makeCredentials(), { endpoints: { tokenUrl: 'http://localhost:1/t' } }).code;
    expect(parseProperties(local)['camunda.client.auth.token-url']).toBe('http://localhost:1/t');
  });
});

describe('containers', () => {
  it.each(CASES)('Docker Compose environment gives the values back after $$ -> $ with %s', (_, given, want) => {
    const doc = parseYaml(code('docker-compose', given)) as { services: { worker: { environment: Record<string, string> } } };
    const env = doc.services.worker.environment;
    // Compose's own rule: $$ is a literal $, a lone $ starts a variable. No lone $ may remain.
    for (const value of Object.values(env)) expect(value.replace(/\$\$/g, '')).not.toContain('$');
    const unescaped = Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v.replace(/\$\$/g, '$')]));
    expect(unescaped).toEqual(allEnv(want));
  });

  it.each(CASES)('Kubernetes Secret and Deployment parse and agree with %s', (_, given, want) => {
    const docs = parseAllDocuments(code('kubernetes', given)).map((d) => {
      expect(d.errors).toEqual([]);
      return d.toJS();
    });
    expect(docs).toHaveLength(2);
    const [secret, deployment] = docs;
    expect(secret).toMatchObject({ apiVersion: 'v1', kind: 'Secret', type: 'Opaque' });
    expect(secret.stringData).toEqual(allEnv(want));
    expect(deployment.kind).toBe('Deployment');
    const container = deployment.spec.template.spec.containers[0];
    expect(container.envFrom[0].secretRef.name).toBe(secret.metadata.name);
    const ref = container.env[0].valueFrom.secretKeyRef;
    expect(ref.name).toBe(secret.metadata.name);
    expect(Object.keys(secret.stringData)).toContain(ref.key);
    expect(deployment.spec.selector.matchLabels).toEqual(deployment.spec.template.metadata.labels);
  });
});

/** Runs a curl snippet with `curl` replaced by a recorder that answers like a token endpoint. */
function runCurlSnippet(snippet: string, withJq: boolean): { calls: string[][]; token: string } {
  return withTempDir((dir) => {
    const log = join(dir, 'calls');
    const fake = `curl() {
  for a in "$@"; do printf '%s\\0' "$a" >> '${log}'; done
  printf '\\036' >> '${log}'
  case " $* " in *Bearer*) printf '{"brokers":[]}' ;; *) printf '{"access_token":"eyJ.fake.sig","token_type":"Bearer","expires_in":86400}' ;; esac
}`;
    let path = process.env.PATH ?? '';
    if (!withJq) {
      // A PATH with sed but without jq takes the fallback branch.
      const bin = join(dir, 'bin');
      mkdirSync(bin);
      symlinkSync(execFileSync('bash', ['-c', 'command -v sed'], { encoding: 'utf8' }).trim(), join(bin, 'sed'));
      chmodSync(bin, 0o755);
      path = bin;
    }
    // The braces keep the assignments in this shell while hiding what the snippet prints.
    const out = bashVariables(`${fake}\n{\n${snippet}\n} > /dev/null`, ['TOKEN'], { PATH: path });
    const calls = readFileSync(log, 'utf8').split('\x1e').filter(Boolean).map((c) => c.split('\0').filter((_, i, a) => i < a.length - 1));
    return { calls, token: out.TOKEN };
  });
}

describe('curl snippets, run by bash with a recording curl', () => {
  it.each(CASES)('form body sends exactly the credentials and reuses the token with %s', (_, given, want) => {
    const snippet = code('curl', given);
    expect(bashSyntaxErrors(snippet)).toBe('');
    for (const withJq of [true, false]) {
      const { calls, token } = runCurlSnippet(snippet, withJq);
      expect(token).toBe('eyJ.fake.sig');
      expect(calls).toHaveLength(2);
      const [tokenCall, apiCall] = calls;
      expect(tokenCall).toContain(want.authorizationServerUrl);
      const form = tokenCall.filter((_, i) => tokenCall[i - 1] === '--data-urlencode');
      expect(form).toEqual([
        'grant_type=client_credentials',
        `audience=${want.audience}`,
        `client_id=${want.clientId}`,
        `client_secret=${want.clientSecret}`,
      ]);
      expect(apiCall).toContain('Authorization: Bearer eyJ.fake.sig');
      expect(apiCall[apiCall.length - 1]).toBe(`${want.zeebeRestAddress}/v2/topology`);
    }
  });

  it.each(CASES)('JSON body is valid JSON with the credentials with %s', (_, given, want) => {
    const snippet = code('curl-json', given);
    expect(bashSyntaxErrors(snippet)).toBe('');
    const { calls, token } = runCurlSnippet(snippet, true);
    expect(token).toBe('eyJ.fake.sig');
    const body = calls[0][calls[0].indexOf('--data') + 1];
    expect(JSON.parse(body)).toEqual({
      grant_type: 'client_credentials',
      audience: want.audience,
      client_id: want.clientId,
      client_secret: want.clientSecret,
    });
    expect(calls[0]).toContain('Content-Type: application/json');
  });

  it('zbctl flags pass each value as one argument', () => {
    for (const [, given, want] of CASES) {
      const snippet = code('zbctl-flags', given);
      expect(bashSyntaxErrors(snippet)).toBe('');
      const { calls } = runCurlSnippet(snippet.replace(/^zbctl /m, 'curl '), true);
      const args = calls[0];
      const flag = (name: string) => args[args.indexOf(name) + 1];
      expect(args[0]).toBe('status');
      expect(flag('--address')).toBe(want.zeebeGrpcAddress);
      expect(flag('--clientId')).toBe(want.clientId);
      expect(flag('--clientSecret')).toBe(want.clientSecret);
      expect(flag('--audience')).toBe(want.audience);
      expect(flag('--authzUrl')).toBe(want.authorizationServerUrl);
    }
  });
});

describe('Node.js SDK code', () => {
  it.each(CASES)('passes exactly the SDK keys to new Camunda8() with %s', (_, given, want) => {
    expect(runNodeSnippet(code('node-sdk', given))).toEqual(nodeEnv(want));
  });
});

describe('Python (pyzeebe) code', () => {
  it('parses with Python and passes the values to create_camunda_cloud_channel', () => {
    const script = `
import ast, json, sys
results = []
for source in json.load(sys.stdin):
    tree = ast.parse(source)
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, 'id', '') == 'create_camunda_cloud_channel']
    results.append({k.arg: ast.literal_eval(k.value) for k in calls[0].keywords})
print(json.dumps(results))
`;
    const sources = CASES.map(([, given]) => code('python-pyzeebe', given));
    const out = JSON.parse(execFileSync('python3', ['-c', script], { input: JSON.stringify(sources), encoding: 'utf8' }));
    expect(out).toEqual(CASES.map(([, , want]) => ({ client_id: want.clientId, client_secret: want.clientSecret, cluster_id: want.clusterId, region: want.region })));
  });
});

describe('Java code', () => {
  // Minimal stand-ins with the same fluent API, recording what the snippet passes in.
  const stub = (pkg: string, type: string) => `package ${pkg};
public class ${type} {
  public static final java.util.List<String> SEEN = new java.util.ArrayList<>();
  public static Builder newCloudClientBuilder() { return new Builder(); }
  public static class Builder {
    public Builder withClusterId(String v) { SEEN.add("clusterId=" + hex(v)); return this; }
    public Builder withClientId(String v) { SEEN.add("clientId=" + hex(v)); return this; }
    public Builder withClientSecret(String v) { SEEN.add("clientSecret=" + hex(v)); return this; }
    public Builder withRegion(String v) { SEEN.add("region=" + hex(v)); return this; }
    public ${type} build() { return new ${type}(); }
  }
  static String hex(String v) {
    StringBuilder out = new StringBuilder();
    for (byte b : v.getBytes(java.nio.charset.StandardCharsets.UTF_8)) out.append(String.format("%02x", b));
    return out.toString();
  }
}
`;

  it('compiles with javac against the client API and passes the values to the cloud builder', () => {
    withTempDir((dir) => {
      const files: Record<string, string> = {
        'io/camunda/client/CamundaClient.java': stub('io.camunda.client', 'CamundaClient'),
        'io/camunda/zeebe/client/ZeebeClient.java': stub('io.camunda.zeebe.client', 'ZeebeClient'),
      };
      const calls: string[] = [];
      CASES.forEach(([, given], i) => {
        for (const [id, type] of [['java-camunda-client', 'CamundaClient'], ['java-zeebe-client', 'ZeebeClient']] as const) {
          files[`p${i}/${type}Factory.java`] = `package p${i};\n${code(id, given)}`;
          calls.push(`p${i}.${type}Factory.create();`);
        }
      });
      files['Main.java'] = `public class Main { public static void main(String[] a) {
${calls.join('\n')}
for (String s : io.camunda.client.CamundaClient.SEEN) System.out.println("c " + s);
for (String s : io.camunda.zeebe.client.ZeebeClient.SEEN) System.out.println("z " + s);
} }`;
      writeFiles(dir, files);
      execFileSync('javac', ['-encoding', 'UTF-8', '-d', join(dir, 'out'), ...Object.keys(files).map((f) => join(dir, f))], { stdio: 'pipe' });
      const lines = execFileSync('java', ['-cp', join(dir, 'out'), 'Main'], { encoding: 'utf8' }).trim().split('\n');
      const expected = (prefix: string) =>
        CASES.flatMap(([, , want]) => [
          `${prefix} clusterId=${hex(want.clusterId)}`,
          `${prefix} clientId=${hex(want.clientId)}`,
          `${prefix} clientSecret=${hex(want.clientSecret)}`,
          `${prefix} region=${hex(want.region)}`,
        ]);
      expect(lines).toEqual([...expected('c'), ...expected('z')]);
      expect(fromHex(lines[2].split('=')[1])).toBe(PLACEHOLDERS.clientSecret);
    });
  }, 60_000);
});

/** Decodes a Go or C# interpreted string literal by the languages' rules; throws on anything else. */
function decodeLiteral(literal: string): string {
  expect(literal.startsWith('"') && literal.endsWith('"')).toBe(true);
  const body = literal.slice(1, -1);
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '"') throw new Error(`unescaped quote in ${literal}`);
    if (c !== '\\') {
      out += c;
      continue;
    }
    const next = body[++i];
    if (next === 'u') {
      out += String.fromCharCode(parseInt(body.slice(i + 1, i + 5), 16));
      i += 4;
    } else if (next in { '\\': 1, '"': 1, n: 1, r: 1, t: 1 }) {
      out += ({ '\\': '\\', '"': '"', n: '\n', r: '\r', t: '\t' } as Record<string, string>)[next];
    } else throw new Error(`unknown escape \\${next} in ${literal}`);
  }
  return out;
}

const STRING_LITERAL = '("(?:[^"\\\\\\n]|\\\\.)*")';

describe('Go and C# code', () => {
  it.each(CASES)('Go client passes the values to the OAuth provider and client with %s', (_, given, want) => {
    const snippet = code('go-client', given);
    const field = (name: string) => decodeLiteral(snippet.match(new RegExp(`\\t${name}:\\s+${STRING_LITERAL},\\n`))![1]);
    expect(field('ClientID')).toBe(want.clientId);
    expect(field('ClientSecret')).toBe(want.clientSecret);
    expect(field('Audience')).toBe(want.audience);
    expect(field('AuthorizationServerURL')).toBe(want.authorizationServerUrl);
    expect(field('GatewayAddress')).toBe(want.zeebeGrpcAddress);
    expect(snippet.split('{').length).toBe(snippet.split('}').length);
  });

  it.each(CASES)('C# builder passes the values with %s', (_, given, want) => {
    const snippet = code('csharp-builder', given);
    const call = (name: string) => decodeLiteral(snippet.match(new RegExp(`\\.${name}\\(${STRING_LITERAL}\\)\\n`))![1]);
    expect(call('UseClientId')).toBe(want.clientId);
    expect(call('UseClientSecret')).toBe(want.clientSecret);
    expect(call('UseContactPoint')).toBe(want.zeebeGrpcAddress);
    expect(call('UseAuthServer')).toBe(want.authorizationServerUrl);
  });
});
