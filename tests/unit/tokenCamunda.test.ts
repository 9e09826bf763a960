import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAMUNDA_SAAS_ISSUER, apiForAudience, runCamundaChecks, type CamundaCheck } from '../../src/lib/token/camundaChecks';
import { CAMUNDA_CLAIMS, CLAIM_CATALOGUE, describeClaim } from '../../src/lib/token/claims';
import { TOKEN_CREDENTIAL_WARNING, buildShareLink, readTokenFromFragment } from '../../src/lib/token/shareLink';
import { RFC7515_A2 } from './tokenFixtures';

const CLUSTER = '5c34c0a7-7f29-4424-8414-125615f7a9b9';
const CLIENT = 'aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW';
const IAT = 1741676657;
const SAAS_TOKEN = {
  [CAMUNDA_CLAIMS.clusterId]: CLUSTER,
  [CAMUNDA_CLAIMS.orgId]: '0e5a6c2d-1111-4222-8333-444455556666',
  [CAMUNDA_CLAIMS.clientId]: CLIENT,
  iss: CAMUNDA_SAAS_ISSUER,
  sub: `${CLIENT}@clients`,
  aud: 'zeebe.camunda.io',
  iat: IAT,
  exp: IAT + 86_400,
  scope: CLUSTER,
  gty: 'client-credentials',
  azp: CLIENT,
};
const now = (IAT + 60) * 1000;
const byId = (checks: CamundaCheck[]) => Object.fromEntries(checks.map((c) => [c.id, c]));

describe('runCamundaChecks', () => {
  it('a real-shaped SaaS token with matching credentials passes everything', () => {
    const checks = runCamundaChecks(SAAS_TOKEN, { now, expectedApi: 'zeebe', credentials: { clusterId: CLUSTER, clientId: CLIENT } });
    expect(checks.map((c) => [c.id, c.status])).toEqual([
      ['audience', 'pass'], ['cluster-id', 'pass'], ['client-id', 'pass'], ['not-expired', 'pass'], ['issuer', 'pass'], ['grant-type', 'pass'],
    ]);
    expect(byId(checks)['not-expired'].explanation).toBe('The token is valid for another 23 h 59 min.');
  });

  it('skips the credential comparisons when no credentials are loaded', () => {
    const c = byId(runCamundaChecks(SAAS_TOKEN, { now }));
    expect(c['cluster-id'].status).toBe('skip');
    expect(c['cluster-id'].explanation).toContain(CLUSTER);
    expect(c['client-id'].status).toBe('skip');
    expect(c.audience).toMatchObject({ status: 'pass', title: 'Audience is a Camunda API' });
  });

  it('a Tasklist token sent to Zeebe fails with the audience to request', () => {
    const c = byId(runCamundaChecks({ ...SAAS_TOKEN, aud: 'tasklist.camunda.io' }, { now, expectedApi: 'zeebe' }));
    expect(c.audience.status).toBe('fail');
    expect(c.audience.explanation).toMatch(/is for Tasklist .*401.*audience zeebe\.camunda\.io/);
  });

  it('accepts the legacy cluster-specific Zeebe audience, unless it names another cluster', () => {
    const legacy = { ...SAAS_TOKEN, aud: `${CLUSTER}.syd-1.zeebe.camunda.io` };
    expect(byId(runCamundaChecks(legacy, { now, expectedApi: 'zeebe', credentials: { clusterId: CLUSTER } })).audience.status).toBe('pass');
    const other = byId(runCamundaChecks(legacy, { now, expectedApi: 'zeebe', credentials: { clusterId: 'another' } }));
    expect(other.audience.status).toBe('fail');
    expect(apiForAudience('api.cloud.camunda.io')).toBe('console');
    expect(apiForAudience('example.com')).toBeUndefined();
  });

  it('an array audience and a missing one', () => {
    expect(byId(runCamundaChecks({ ...SAAS_TOKEN, aud: ['x', 'operate.camunda.io'] }, { now, expectedApi: 'operate' })).audience.status).toBe('pass');
    expect(byId(runCamundaChecks({ ...SAAS_TOKEN, aud: undefined }, { now })).audience.status).toBe('fail');
  });

  it('another cluster and another client fail with the fix', () => {
    const c = byId(runCamundaChecks(SAAS_TOKEN, { now, credentials: { clusterId: 'b7c1e2d3-0000-4000-8000-000000000000', clientId: 'someone-else' } }));
    expect(c['cluster-id'].status).toBe('fail');
    expect(c['cluster-id'].explanation).toMatch(/another cluster/);
    expect(c['client-id'].status).toBe('fail');
    expect(c['client-id'].explanation).toMatch(/cache/);
  });

  it('reads the client id from azp or sub when the Camunda claim is absent', () => {
    const { [CAMUNDA_CLAIMS.clientId]: _drop, azp: _azp, ...rest } = SAAS_TOKEN;
    expect(byId(runCamundaChecks(rest, { now, credentials: { clientId: CLIENT } }))['client-id'].status).toBe('pass');
  });

  it('expired, not yet valid, no expiry', () => {
    expect(byId(runCamundaChecks(SAAS_TOKEN, { now: (IAT + 86_400 + 300) * 1000 }))['not-expired'].explanation).toMatch(/^The token expired 5 min ago/);
    expect(byId(runCamundaChecks({ ...SAAS_TOKEN, nbf: IAT + 3600 }, { now }))['not-expired'].status).toBe('fail');
    expect(byId(runCamundaChecks({ ...SAAS_TOKEN, exp: undefined }, { now }))['not-expired'].explanation).toMatch(/no usable "exp"/);
  });

  it('issuer: the mock can be allowed; a missing trailing slash is explained', () => {
    const mock = { ...SAAS_TOKEN, iss: 'http://localhost:3000/mock-auth/' };
    expect(byId(runCamundaChecks(mock, { now }))['issuer'].status).toBe('fail');
    expect(byId(runCamundaChecks(mock, { now, allowedIssuers: [CAMUNDA_SAAS_ISSUER, mock.iss] }))['issuer'].status).toBe('pass');
    const noSlash = byId(runCamundaChecks({ ...SAAS_TOKEN, iss: 'https://weblogin.cloud.camunda.io' }, { now }));
    expect(noSlash.issuer.explanation).toMatch(/trailing slash/);
  });

  it('grant type other than client-credentials', () => {
    expect(byId(runCamundaChecks({ ...SAAS_TOKEN, gty: 'password' }, { now }))['grant-type'].explanation).toMatch(/"password"/);
    expect(byId(runCamundaChecks({ ...SAAS_TOKEN, gty: undefined }, { now }))['grant-type'].status).toBe('fail');
  });

  it('skips everything when there are no claims', () => {
    const checks = runCamundaChecks(undefined, { now });
    expect(checks).toHaveLength(6);
    expect(checks.every((c) => c.status === 'skip')).toBe(true);
  });
});

describe('claim catalogue', () => {
  it('explains every registered claim, with an RFC 7519 §4.1 link', () => {
    for (const [name, section] of [['iss', '4.1.1'], ['sub', '4.1.2'], ['aud', '4.1.3'], ['exp', '4.1.4'], ['nbf', '4.1.5'], ['iat', '4.1.6'], ['jti', '4.1.7']]) {
      expect(describeClaim(name)?.specUrl).toBe(`https://www.rfc-editor.org/rfc/rfc7519#section-${section}`);
    }
  });

  it('covers every claim of a real SaaS token and the usual header parameters', () => {
    for (const name of Object.keys(SAAS_TOKEN)) expect(describeClaim(name), name).toBeDefined();
    for (const name of ['alg', 'kid', 'typ', 'cty']) expect(describeClaim(name, 'header'), name).toBeDefined();
    expect(describeClaim('alg')).toBeUndefined(); // alg is a header parameter, not a claim
    expect(describeClaim('auth_time')?.isTime).toBe(true);
  });

  it('every entry has a one-line explanation and an https link with an anchor or a docs page', () => {
    for (const c of CLAIM_CATALOGUE) {
      expect(c.explanation.length).toBeGreaterThan(10);
      expect(c.explanation).not.toContain('\n');
      expect(c.specUrl).toMatch(/^https:\/\/(www\.rfc-editor\.org\/rfc\/rfc\d+#section-[\d.]+|openid\.net\/.+#\w+|docs\.camunda\.io\/.+)$/);
    }
    const names = CLAIM_CATALOGUE.map((c) => `${c.location}:${c.name}`);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('share links', () => {
  it('puts the token only in the fragment and reads it back', () => {
    const link = buildShareLink('https://example.org/playground/inspector?token=old&tab=claims#section', RFC7515_A2);
    const url = new URL(link);
    expect(url.search).toBe('?tab=claims');
    expect(url.hash).toBe(`#token=${RFC7515_A2}`);
    expect(readTokenFromFragment(url.hash)).toBe(RFC7515_A2);
  });

  it('round-trips any text through the fragment', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, unit: 'grapheme' }).filter((s) => s.trim() === s), (token) => {
        const url = new URL(buildShareLink('https://example.org/i', token));
        expect(url.search).toBe('');
        expect(readTokenFromFragment(url.hash)).toBe(token);
      }),
    );
  });

  it('does not throw on text that cannot be percent-encoded', () => {
    expect(readTokenFromFragment(new URL(buildShareLink('https://example.org/i', 'a\uD800b')).hash)).toBe('a\uFFFDb');
  });

  it('reads nothing when the fragment has no token', () => {
    expect(readTokenFromFragment('')).toBeUndefined();
    expect(readTokenFromFragment('#section-2')).toBeUndefined();
    expect(readTokenFromFragment('#a=1&token=')).toBeUndefined();
    expect(readTokenFromFragment('token=%E0%A4%A')).toBe('%E0%A4%A');
  });

  it('has a warning that says a token is a credential', () => {
    expect(TOKEN_CREDENTIAL_WARNING).toMatch(/credential/);
  });
});
