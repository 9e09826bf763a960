// The mock cluster's job poll, POST /v2/jobs/activation: an empty answer after holding the poll
// for its requestTimeout (capped), 400 problems for a body a real cluster would refuse, and the
// bearer check every endpoint has. The wait is injected, so the test sees each hold without waiting.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAuthServer } from '../../src/lib/authServer/authServer';
import { createClusterApi } from '../../src/lib/clusterApi';
import { MAX_HOLD_MS } from '../../src/lib/clusterApi/jobActivation';
import { setupMockAuthServer } from '../../src/mocks/node';
import { CLIENT, fakeClock, testKeys } from './authServerHelpers';

const clock = fakeClock(Date.UTC(2025, 2, 11, 7, 4, 17));
const authServer = createAuthServer({ clock: clock.now, keys: testKeys(), clients: [CLIENT], random: () => 0.5, rateLimit: { burst: 1000 } });
const holds: number[] = [];
const clusterApi = createClusterApi({ authServer, clock: clock.now, wait: async (ms) => void holds.push(ms) });
const msw = setupMockAuthServer(authServer, {}, clusterApi);
const ACTIVATION = `https://${CLIENT.region}.zeebe.camunda.io/${CLIENT.clusterId}/v2/jobs/activation`;

beforeAll(() => msw.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => void holds.splice(0));
afterAll(() => msw.close());

let bearer: string | undefined;
async function token(): Promise<string> {
  if (bearer) return bearer;
  const response = await fetch('https://login.cloud.camunda.io/oauth/token', {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'client_credentials', audience: 'zeebe.camunda.io', client_id: CLIENT.clientId, client_secret: CLIENT.clientSecret }),
  });
  bearer = ((await response.json()) as { access_token: string }).access_token;
  return bearer;
}

async function poll(body: unknown, auth: string | null = null) {
  return fetch(ACTIVATION, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${auth ?? (await token())}` },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

const JAVA_POLL = { type: 'hello', worker: 'default', timeout: 300_000, maxJobsToActivate: 32, requestTimeout: 10_000, fetchVariable: [], tenantIds: ['<default>'] };

describe('POST /v2/jobs/activation on the mock cluster', () => {
  it('answers a poll with no jobs, as a cluster with nothing waiting does, after holding it', async () => {
    const response = await poll(JAVA_POLL);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ jobs: [] });
    expect(holds).toEqual([MAX_HOLD_MS]);
  });

  it('holds for the requestTimeout when it is shorter than the cap, and not at all for 0, a negative or no value', async () => {
    for (const requestTimeout of [1_500, 0, -1, undefined]) {
      expect((await poll({ ...JAVA_POLL, requestTimeout })).status).toBe(200);
    }
    expect(holds).toEqual([1_500]);
  });

  it('refuses a body a cluster would refuse, saying which field and how to fix it', async () => {
    const cases: [unknown, RegExp][] = [
      ['{"type": ', /not JSON/],
      [[JAVA_POLL], /not a JSON object/],
      [{ ...JAVA_POLL, type: '' }, /No job type given/],
      [{ ...JAVA_POLL, timeout: 'soon' }, /"timeout" must be a positive number/],
      [{ ...JAVA_POLL, maxJobsToActivate: 0 }, /"maxJobsToActivate" must be a positive whole number/],
      [{ ...JAVA_POLL, requestTimeout: '10s' }, /"requestTimeout" must be a number/],
    ];
    for (const [body, detail] of cases) {
      const response = await poll(body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      const problem = (await response.json()) as { title: string; detail: string; instance: string };
      expect(problem).toMatchObject({ title: 'INVALID_ARGUMENT', instance: '/v2/jobs/activation' });
      expect(problem.detail).toMatch(detail);
      expect(problem.detail).toContain('"maxJobsToActivate": 32');
    }
    expect(holds).toEqual([]);
  });

  it('checks the token first, like every endpoint', async () => {
    const response = await poll(JAVA_POLL, 'not-a-jwt');
    expect(response.status).toBe(401);
    expect(holds).toEqual([]);
  });

  it('takes POST only', async () => {
    const response = await fetch(ACTIVATION, { headers: { Authorization: `Bearer ${await token()}` } });
    expect(response.status).toBe(405);
  });
});
