import { describe, expect, it } from 'vitest';
import { diagnose, DOCTOR_CASES } from '../../src/lib/errorDoctor';
import { QUOTED, type DoctorSample } from './errorDoctor.fixtures';

const first = (text: string) => diagnose(text).matches[0]?.id;

/** Log lines a real program prints around the error. */
const NOISE_BEFORE = [
  '2025-03-11 09:14:02.118  INFO 1 --- [           main] o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat started on port(s): 8080 (http)',
  '2025-03-11 09:14:02.301  INFO 1 --- [           main] i.c.z.s.c.jobhandling.JobWorkerManager   : Starting job worker: JobWorkerValue{type=\'payment\'}',
].join('\n');
const NOISE_AFTER = '\tat java.base/java.lang.Thread.run(Thread.java:1583)\n[worker-1] DEBUG Polling for jobs of type payment';

/** Wrap every line at `width` characters, as a narrow terminal does, breaking inside words. */
function hardWrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => line.match(new RegExp(`.{1,${width}}`, 'g'))?.join('\n') ?? line)
    .join('\n');
}

describe('error doctor: every quoted error finds its case first', () => {
  it.each(QUOTED.map((s) => [s.name, s] as [string, DoctorSample]))('%s', (_name, sample) => {
    const d = diagnose(sample.text);
    expect(d.matches[0]?.id, JSON.stringify(d.matches.map((m) => [m.id, m.score, m.why]))).toBe(sample.expected);
    expect(d.matches[0].why.length).toBeGreaterThan(0);
  });

  it.each(QUOTED.map((s) => [s.name, s] as [string, DoctorSample]))('%s, inside log noise', (_name, sample) => {
    expect(first(`${NOISE_BEFORE}\n${sample.text}\n${NOISE_AFTER}`)).toBe(sample.expected);
  });

  it.each(QUOTED.map((s) => [s.name, s] as [string, DoctorSample]))('%s, hard-wrapped at 37 columns', (_name, sample) => {
    expect(first(hardWrap(sample.text, 37))).toBe(sample.expected);
  });

  it('covers every case of the catalogue that the real-world list names', () => {
    const expected = new Set(QUOTED.map((s) => s.expected));
    expect(expected.size).toBeGreaterThanOrEqual(17);
    for (const id of expected) expect(DOCTOR_CASES.some((c) => c.id === id), id).toBe(true);
  });
});

describe('error doctor: generalises from evidence, not exact strings', () => {
  const cases: Array<[string, string, string]> = [
    ['a newer Java client wording of a wrong secret', 'io.camunda.client.api.command.ClientStatusException: Failed to obtain access token: HTTP 401 {"error":"invalid_client","error_description":"Unauthorized"} from https://login.cloud.camunda.io/oauth/token', '401-invalid_client-wrong-or-rotated-secret'],
    ['curl -i of a wrong secret', 'HTTP/2 401\ncontent-type: application/json\n\n{"error":"access_denied","error_description":"Unauthorized"}\n< POST /oauth/token', '401-invalid_client-wrong-or-rotated-secret'],
    ['another cache path in a container', "java.nio.file.AccessDeniedException: /.camunda\n\tat io.camunda.client.impl.oauth.OAuthCredentialsCache.writeCache(OAuthCredentialsCache.java:74)", 'token-cache-not-writable'],
    ['Node EACCES on its cache', "Error: EACCES: permission denied, mkdir '/home/node/.camunda'", 'token-cache-not-writable'],
    ['Go client wording of an unreachable token endpoint', 'Post "https://login.cloud.camunda.io/oauth/token": dial tcp 34.107.0.1:443: i/o timeout', 'token-endpoint-unreachable'],
    ['Node timeout to the token endpoint', 'RequestError: connect ETIMEDOUT 34.107.0.1:443 at login.cloud.camunda.io', 'token-endpoint-unreachable'],
    ['Java PKIX behind a proxy', 'javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target', 'tls-interception'],
    ['Go x509', 'x509: certificate signed by unknown authority', 'tls-interception'],
    ['429 from the cluster host', 'HTTP 429 Too Many Requests from https://bru-2.zeebe.camunda.io/abc/v2/process-instances', 'cluster-backpressure'],
    ['429 from the token host', 'POST https://login.cloud.camunda.io/oauth/token -> 429 Too Many Requests', '429-too-many-requests'],
    ['503 from the token host', 'Failed while requesting access token with status code 503 and message Service Unavailable.', '503-during-maintenance'],
    ['403 PERMISSION_DENIED in Go', 'rpc error: code = PermissionDenied desc = Insufficient permissions to perform operation', 'forbidden-403'],
    ['Entra code alone', 'AADSTS70011: The provided value for the input parameter \'scope\' is not valid.', 'idp-scope'],
    ['Keycloak refusing JSON', '{"error":"invalid_request","error_description":"Missing form parameter: grant_type"}', 'form-body-required'],
    ['jwt expired from a gateway', 'UNAUTHENTICATED: Expected a valid token, but token has expired', 'expired-token-and-clock-skew'],
    ['port appended twice for REST', 'Invalid URL: https://bru-2.zeebe.camunda.io:443:443/abc', 'address-format'],
    ['no such host', 'dial tcp: lookup abc.xyz-9.zeebe.camunda.io: no such host', 'wrong-region-or-cluster-address'],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    const d = diagnose(text);
    expect(d.matches[0]?.id, JSON.stringify(d.matches.map((m) => [m.id, m.score, m.why]))).toBe(expected);
  });

  it('says which words it recognised', () => {
    const d = diagnose('Error: rpc error: code = Canceled desc = failed to obtain access token: Post "https://login.cloud.camunda.io/oauth/token": context deadline exceeded');
    expect(d.matches[0].why.join(' ')).toMatch(/context deadline exceeded/);
    expect(d.recognised).toContain('gRPC status: code = Canceled');
    expect(d.recognised.some((r) => r.includes('login.cloud.camunda.io (the token endpoint)'))).toBe(true);
  });
});

describe('error doctor: no match', () => {
  it('says so plainly and names the next check', () => {
    const d = diagnose('Hello world, the build finished.');
    expect(d.matches).toEqual([]);
    expect(d.noMatch?.message).toMatch(/No case matched/);
    expect(d.noMatch?.nextCheck).toMatch(/curl/);
  });
  it('explains an empty field', () => {
    expect(diagnose('   \n').noMatch?.message).toMatch(/empty/);
  });
  it('lists evidence it read even when no case fits', () => {
    const d = diagnose('HTTP status 418');
    expect(d.matches).toEqual([]);
    expect(d.recognised).toContain('HTTP status: HTTP status 418');
  });
});
