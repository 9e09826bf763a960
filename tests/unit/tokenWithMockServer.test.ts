import { describe, expect, it } from 'vitest';
import { issueToken } from '../../src/lib/authServer/issueToken';
import { buildJwks, createSigningKeys } from '../../src/lib/authServer/keys';
import { decodeToken, runCamundaChecks, verifyToken } from '../../src/lib/token';

// The whole inspector path on a token from the playground's mock authorization server.
describe('inspecting a token from the mock server', () => {
  it('decodes, verifies against the JWKS (kid = thumbprint) and passes the Camunda checks', async () => {
    const keys = await createSigningKeys();
    const now = Date.UTC(2025, 2, 11, 7, 4, 17);
    const clusterId = '5c34c0a7-7f29-4424-8414-125615f7a9b9';
    const clientId = 'aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW';
    const { accessToken } = await issueToken({
      keys, issuer: 'https://weblogin.cloud.camunda.io/', clientId, clusterId, orgId: 'org', audience: 'zeebe.camunda.io', now, lifetimeSeconds: 86_400,
    });

    const decoded = decodeToken(JSON.stringify({ access_token: accessToken, token_type: 'Bearer', expires_in: 86_400 }));
    expect(decoded.problems.map((p) => p.code)).toEqual(['extracted-from-json']);
    expect(decoded.header).toMatchObject({ alg: 'RS256', kid: keys.kid });

    const verified = await verifyToken(accessToken, { kind: 'jwks', jwks: buildJwks(keys) }, { now: now + 1000 });
    expect(verified).toMatchObject({ ok: true, kid: keys.kid, keyUsed: { thumbprint: keys.kid }, warnings: [] });
    expect(verified.times?.state).toBe('valid');

    const checks = runCamundaChecks(decoded.payload, { now: now + 1000, expectedApi: 'zeebe', credentials: { clusterId, clientId } });
    expect(checks.filter((c) => c.status !== 'pass')).toEqual([]);
  });
});
