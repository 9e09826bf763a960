import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createAuthServer, type AuthServer } from '../../src/lib/authServer/authServer';
import type { RequestOutcome } from '../../src/lib/authServer/events';
import { createClusterApi, type ClusterApi } from '../../src/lib/clusterApi';
import { AUDIENCES, KNOWN_REGIONS, parseCredentials, restAddressFor } from '../../src/lib/credentials';
import { applyReproPlan, endRepro } from '../../src/lib/troubleshooting/applyRepro';
import {
  isReproduced,
  otherRegion,
  planRepro,
  readReproCase,
  REPRO_CASE_IDS,
  ReproError,
  reproPath,
  staleSecretFor,
  type ReproCaseId,
  type ReproClient,
  type ReproPlan,
  type TokenRequestPrefill,
} from '../../src/lib/troubleshooting/repro';

const CLIENT: ReproClient = {
  clientId: 'Abcdefghijklmnopqrstuvwxyz012345',
  clientSecret: 'S3cr3t-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTU',
  clusterId: '5c34c0a7-7f29-4424-8414-125615f7a9b9',
  region: 'syd-1',
  scopes: ['Zeebe'],
};

describe('reading the case from a link', () => {
  it('reads #repro=<case> and ignores other fragments', () => {
    expect(readReproCase('#repro=invalid-client')).toBe('invalid-client');
    expect(readReproCase('repro=maintenance')).toBe('maintenance');
    expect(readReproCase('#credentials-heading')).toBeUndefined();
    expect(readReproCase('')).toBeUndefined();
    expect(readReproCase('#repro=')).toBeUndefined();
  });

  it('builds a playground link that round-trips for every case', () => {
    for (const id of REPRO_CASE_IDS) {
      const path = reproPath(id);
      expect(path.startsWith('/playground#')).toBe(true);
      expect(readReproCase(path.slice(path.indexOf('#')))).toBe(id);
    }
  });

  it('refuses an unknown case with a coded error that lists the known ones', () => {
    expect(() => planRepro('nope', CLIENT)).toThrow(ReproError);
    try {
      planRepro('nope', CLIENT);
    } catch (error) {
      expect((error as ReproError).code).toBe('ERR_UNKNOWN_REPRO_CASE');
      expect((error as Error).message).toContain('invalid-client');
    }
  });
});

describe('plans', () => {
  it('every case has a title, steps and advice, and starts clean (what it changes on the mock is checked below)', () => {
    for (const id of REPRO_CASE_IDS) {
      const plan = planRepro(id, CLIENT);
      expect(plan.title.length).toBeGreaterThan(5);
      expect(plan.steps.length).toBeGreaterThan(0);
      expect(plan.lookFor.length).toBeGreaterThan(20);
      expect(plan.resetLimiter).toBe(true);
      expect(plan.register.clientId).toBe(CLIENT.clientId);
    }
  });

  it('never puts a secret into the link or the texts', () => {
    for (const id of REPRO_CASE_IDS) {
      const plan = planRepro(id, CLIENT);
      expect(reproPath(id)).not.toContain(CLIENT.clientSecret);
      expect([plan.title, ...plan.steps, plan.lookFor, ...(plan.fileProblems ?? [])].join('\n')).not.toContain(CLIENT.clientSecret);
    }
  });

  it('a stale secret differs only at the end, keeps the length and the Console alphabet', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9._~-]{16,80}$/), (secret) => {
        const stale = staleSecretFor(secret);
        expect(stale).not.toBe(secret);
        expect(stale.length).toBe(secret.length);
        expect(stale.slice(0, -4)).toBe(secret.slice(0, -4));
        expect(stale).toMatch(/^[A-Za-z0-9._~-]+$/);
      }),
    );
  });

  it('another region is a known region different from the given one', () => {
    for (const r of KNOWN_REGIONS) {
      expect(otherRegion(r)).not.toBe(r);
      expect(KNOWN_REGIONS).toContain(otherRegion(r));
    }
  });
});

/** A fresh mock with the plan applied as the playground applies it, and a cluster API beside it. */
function reproduce(id: ReproCaseId) {
  let now = 1_750_000_000_000;
  const clock = () => now;
  const server = createAuthServer({ clock });
  const api = createClusterApi({ authServer: server, clock });
  const plan = planRepro(id, CLIENT);
  applyReproPlan(server, plan);
  return { plan, server, api, advance: (ms: number) => (now += ms), prefilled: () => ask(server, plan.prefill) };
}

interface Answer {
  status: number;
  outcome: RequestOutcome;
  audience: string | null;
  headers: Record<string, string>;
  token?: string;
}

/** Send the token form's request, as the playground does with the prefilled values. */
async function ask(server: AuthServer, p: TokenRequestPrefill): Promise<Answer> {
  let event: { status: number; outcome: RequestOutcome; audience: string | null } | undefined;
  const stop = server.subscribe((e) => {
    if (e.kind === 'token') event = { status: e.status, outcome: e.outcome, audience: e.audience };
  });
  const body = new URLSearchParams({ grant_type: 'client_credentials', audience: p.audience!, client_id: p.clientId!, client_secret: p.clientSecret! }).toString();
  const res = await server.handleTokenRequest({ method: 'POST', url: p.tokenUrl!, headers: new Headers({ 'content-type': 'application/x-www-form-urlencoded' }), body: new TextEncoder().encode(body), source: 'test' });
  stop();
  const token = res.status === 200 ? (JSON.parse(res.body) as { access_token: string }).access_token : undefined;
  return { ...event!, headers: res.headers, token };
}

/** Call the mock cluster with a bearer token. */
async function callCluster(api: ClusterApi, token: string, method: 'GET' | 'POST', path: string): Promise<number> {
  const url = `${restAddressFor(CLIENT.clusterId, CLIENT.region)}${path}`;
  const body = method === 'POST' ? JSON.stringify({ processDefinitionId: 'order-process' }) : '';
  const headers = new Headers({ authorization: `Bearer ${token}`, 'content-type': 'application/json' });
  return (await api.handle({ method, url, headers, body, source: 'test' })).status;
}

/** Dotted paths where the mock's observable settings (what the settings panel shows) differ from a fresh mock's. */
function changedKnobs(server: AuthServer): string[] {
  const fresh = createAuthServer({ clock: () => 0 }).settingsStore.get();
  const now = server.settingsStore.get();
  const diff = (a: unknown, b: unknown, path: string): string[] =>
    a !== null && typeof a === 'object'
      ? Object.keys(a).flatMap((k) => diff((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], path ? `${path}.${k}` : k))
      : a === b ? [] : [path];
  return [...diff(now.settings, fresh.settings, 'settings'), ...diff(now.faults, fresh.faults, 'faults')];
}

const retryAfterMs = (a: Answer) => Number(a.headers['Retry-After'] ?? a.headers['retry-after']) * 1000;

/** What each reproduction does to the mock, and what the token request (and the cluster) then get. */
const BEHAVIOUR: Record<ReproCaseId, (r: ReturnType<typeof reproduce>) => Promise<void>> = {
  async 'invalid-client'({ plan, server, prefilled }) {
    expect(changedKnobs(server)).toEqual([]);
    const answer = await prefilled();
    expect(answer).toMatchObject({ status: 401, outcome: 'invalid_client' });
    expect(isReproduced(plan, answer)).toBe(true);
    // Only the secret is wrong: the registered one gets a token.
    const good = await ask(server, { ...plan.prefill, clientSecret: CLIENT.clientSecret });
    expect(good.status).toBe(200);
    expect(isReproduced(plan, good)).toBe(false);
  },
  async 'audience-mismatch'({ plan, server, api, prefilled }) {
    expect(changedKnobs(server)).toEqual([]);
    const answer = await prefilled();
    expect(answer.status).toBe(200);
    expect(answer.audience).not.toBe(AUDIENCES.zeebe);
    expect(isReproduced(plan, answer)).toBe(true);
    // The token is real but not for Zeebe: the cluster refuses it, and accepts a Zeebe one.
    expect(await callCluster(api, answer.token!, 'GET', '/v2/topology')).toBeGreaterThanOrEqual(400);
    const zeebe = await ask(server, { ...plan.prefill, audience: AUDIENCES.zeebe });
    expect(await callCluster(api, zeebe.token!, 'GET', '/v2/topology')).toBe(200);
  },
  async 'rate-limited'({ plan, server, advance, prefilled }) {
    expect(changedKnobs(server).every((k) => k.startsWith('settings.rateLimit.'))).toBe(true);
    const answers: Answer[] = [];
    for (let i = 0; i < 10 && !answers.some((a) => a.status !== 200); i++) answers.push(await prefilled());
    const refused = answers[answers.length - 1];
    expect(answers.length).toBeGreaterThan(1); // a few quick requests pass first
    expect(refused).toMatchObject({ status: 429, outcome: 'rate_limited' });
    expect(isReproduced(plan, refused)).toBe(true);
    expect(isReproduced(plan, answers[0])).toBe(false);
    // Waiting as long as Retry-After says is enough.
    advance(retryAfterMs(refused));
    expect((await prefilled()).status).toBe(200);
  },
  async 'expired-token'({ server, api, advance, prefilled }) {
    expect(changedKnobs(server)).toEqual(['settings.tokenLifetimeSeconds']);
    const answer = await prefilled();
    expect(answer.status).toBe(200);
    expect(await callCluster(api, answer.token!, 'GET', '/v2/topology')).toBe(200);
    // Within a few minutes the same token is refused; a token of a default mock would still be good.
    advance(5 * 60_000);
    expect(await callCluster(api, answer.token!, 'GET', '/v2/topology')).toBe(401);
    const fresh = reproduce('expired-token');
    endRepro(fresh.server);
    const longLived = await fresh.prefilled();
    fresh.advance(5 * 60_000);
    expect(await callCluster(fresh.api, longLived.token!, 'GET', '/v2/topology')).toBe(200);
  },
  async 'clock-skew'({ server, api, prefilled }) {
    expect(changedKnobs(server)).toEqual(['faults.clockSkewSeconds']);
    const answer = await prefilled();
    expect(answer.status).toBe(200);
    // Issued by a clock that is off: already expired for the cluster that checks it.
    expect(await callCluster(api, answer.token!, 'GET', '/v2/topology')).toBe(401);
    endRepro(server);
    expect(await callCluster(api, (await prefilled()).token!, 'GET', '/v2/topology')).toBe(200);
  },
  async maintenance({ plan, server, prefilled }) {
    expect(changedKnobs(server)).toEqual(['faults.maintenance']);
    const answer = await prefilled();
    expect(answer.status).toBe(503);
    expect(retryAfterMs(answer)).toBeGreaterThan(0);
    expect(isReproduced(plan, answer)).toBe(true);
    endRepro(server);
    expect((await prefilled()).status).toBe(200);
  },
  async 'wrong-region'({ plan, server, prefilled }) {
    expect(changedKnobs(server)).toEqual([]);
    const parsed = parseCredentials(plan.fileText!);
    // The region line and the address name different regions; the check points at it.
    expect(parsed.partial.region).not.toBe(CLIENT.region);
    expect(parsed.partial.zeebeGrpcAddress).toContain(`.${CLIENT.region}.`);
    expect(parsed.problems.map((p) => p.code)).toContain('region-mismatch');
    expect(plan.fileProblems).toEqual(parsed.problems.filter((p) => p.severity !== 'info').map((p) => `Line ${p.line}: ${p.message}`));
    expect((await prefilled()).status).toBe(200); // the token step does not show it
  },
  async 'tls-port'({ plan, server, prefilled }) {
    expect(changedKnobs(server)).toEqual([]);
    const parsed = parseCredentials(plan.fileText!);
    expect(parsed.problems.map((p) => p.code)).toEqual(expect.arrayContaining(['address-port', 'address-scheme']));
    expect(plan.expected).toBeUndefined();
    expect((await prefilled()).status).toBe(200);
  },
  async 'api-401-vs-403'({ server, api, prefilled }) {
    expect(changedKnobs(server)).toEqual(['settings.allowProcessInstanceCreation']);
    const { token } = await prefilled();
    // Authenticated (topology works) but not authorised to create: 403, where a bad token gets 401.
    expect(await callCluster(api, token!, 'GET', '/v2/topology')).toBe(200);
    expect(await callCluster(api, token!, 'POST', '/v2/process-instances')).toBe(403);
    expect(await callCluster(api, `${token!.slice(0, -4)}AAAA`, 'POST', '/v2/process-instances')).toBe(401);
    endRepro(server);
    expect(await callCluster(api, token!, 'POST', '/v2/process-instances')).not.toBe(403);
  },
  async 'cluster-id-audience'({ plan, server, prefilled }) {
    expect(changedKnobs(server)).toEqual([]);
    const answer = await prefilled();
    expect(answer).toMatchObject({ status: 403, outcome: 'access_denied' });
    expect(isReproduced(plan, answer)).toBe(true);
    expect((await ask(server, { ...plan.prefill, audience: AUDIENCES.zeebe })).status).toBe(200);
  },
  async 'missing-secret'({ plan, server }) {
    expect(changedKnobs(server)).toEqual([]);
    const parsed = parseCredentials(plan.fileText!);
    expect(parsed.partial.clientSecret).toBeUndefined();
    expect(parsed.credentials).toBeUndefined();
    expect(parsed.valid).toBe(false);
    expect(plan.fileProblems!.length).toBeGreaterThan(0);
  },
};

describe('each reproduction, applied as the playground applies it', () => {
  for (const id of REPRO_CASE_IDS) {
    it(`${id}: changes the mock as the case needs, and the request then gets the answer that shows it`, async () => {
      await BEHAVIOUR[id](reproduce(id));
    });
  }

  it('ending a reproduction leaves the mock as a fresh one', () => {
    for (const id of REPRO_CASE_IDS) {
      const { server } = reproduce(id);
      endRepro(server);
      expect({ id, changed: changedKnobs(server) }).toEqual({ id, changed: [] });
    }
  });
});
