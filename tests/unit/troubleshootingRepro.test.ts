import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createAuthServer } from '../../src/lib/authServer/authServer';
import { DEFAULT_RATE_LIMIT } from '../../src/lib/authServer/rateLimiter';
import type { RequestOutcome } from '../../src/lib/authServer/events';
import { AUDIENCES, KNOWN_REGIONS, parseCredentials } from '../../src/lib/credentials';
import {
  isReproduced,
  otherRegion,
  planRepro,
  readReproCase,
  REPRO_CASE_IDS,
  ReproError,
  reproPath,
  staleSecretFor,
  type ReproClient,
  type ReproPlan,
} from '../../src/lib/troubleshooting/repro';

const CLIENT: ReproClient = {
  clientId: 'Abcdefghijklmnopqrstuvwxyz012345',
  clientSecret: 'S3cr3t-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTU',
  clusterId: '5c34c0a7-7f29-4424-8414-125615f7a9b9',
  region: 'syd-1',
  scopes: ['Zeebe'],
};

/** Apply a plan to a fresh mock (as the playground's hook does) and send the prefilled request. */
async function runPlan(plan: ReproPlan, times = 1, clock = () => 1_750_000_000_000) {
  const server = createAuthServer({ clock });
  server.clients.register(plan.register);
  server.configure(plan.settings);
  server.setFaults(plan.faults);
  server.reset();
  const p = plan.prefill;
  const body = new URLSearchParams({ grant_type: 'client_credentials', audience: p.audience!, client_id: p.clientId!, client_secret: p.clientSecret! }).toString();
  const answers: Array<{ status: number; outcome: RequestOutcome; audience: string | null; body: string; headers: Record<string, string> }> = [];
  const events: Array<{ status: number; outcome: RequestOutcome; audience: string | null }> = [];
  server.subscribe((e) => events.push({ status: e.status, outcome: e.outcome, audience: e.audience }));
  for (let i = 0; i < times; i++) {
    const res = await server.handleTokenRequest({ method: 'POST', url: p.tokenUrl!, headers: new Headers({ 'content-type': 'application/x-www-form-urlencoded' }), body: new TextEncoder().encode(body), source: 'test' });
    answers.push({ ...events[events.length - 1], body: res.body, headers: res.headers });
  }
  return answers;
}

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
  it('every case has a title, steps, advice, and starts from the default limits and no faults unless it changes them', () => {
    for (const id of REPRO_CASE_IDS) {
      const plan = planRepro(id, CLIENT);
      expect(plan.title.length).toBeGreaterThan(5);
      expect(plan.steps.length).toBeGreaterThan(0);
      expect(plan.lookFor.length).toBeGreaterThan(20);
      expect(plan.resetLimiter).toBe(true);
      expect(plan.register.clientId).toBe(CLIENT.clientId);
      if (id !== 'rate-limited') expect(plan.settings.rateLimit).toEqual(DEFAULT_RATE_LIMIT);
      if (id !== 'maintenance') expect(plan.faults.maintenance).toBe(false);
      if (id !== 'clock-skew') expect(plan.faults.clockSkewSeconds).toBe(0);
      if (id !== 'expired-token') expect(plan.settings.tokenLifetimeSeconds).toBe(86_400);
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

describe('each plan reproduces its problem on the mock', () => {
  it('invalid-client: 401 invalid_client, while the right secret gets a token', async () => {
    const plan = planRepro('invalid-client', CLIENT);
    const [answer] = await runPlan(plan);
    expect(answer.status).toBe(401);
    expect(answer.outcome).toBe('invalid_client');
    expect(isReproduced(plan, answer)).toBe(true);
    const [good] = await runPlan({ ...plan, prefill: { ...plan.prefill, clientSecret: CLIENT.clientSecret } });
    expect(good.status).toBe(200);
    expect(isReproduced(plan, good)).toBe(false);
  });

  it('audience-mismatch: a token is issued, for Tasklist, even to a client that had only the Zeebe scope', async () => {
    const plan = planRepro('audience-mismatch', CLIENT);
    expect(plan.register.scopes).toContain('Tasklist');
    const [answer] = await runPlan(plan);
    expect(answer).toMatchObject({ status: 200, outcome: 'issued', audience: AUDIENCES.tasklist });
    expect(isReproduced(plan, answer)).toBe(true);
    expect(isReproduced(plan, { ...answer, audience: AUDIENCES.zeebe })).toBe(false);
  });

  it('rate-limited: the third quick request is refused with 429 and Retry-After', async () => {
    const plan = planRepro('rate-limited', CLIENT);
    const answers = await runPlan(plan, 4);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 429, 429]);
    expect(answers[2].headers['Retry-After'] ?? answers[2].headers['retry-after']).toMatch(/^\d+$/);
    expect(isReproduced(plan, answers[2])).toBe(true);
    expect(isReproduced(plan, answers[0])).toBe(false);
  });

  it('expired-token: tokens live one minute', async () => {
    const plan = planRepro('expired-token', CLIENT);
    const [answer] = await runPlan(plan);
    expect(answer.status).toBe(200);
    expect((JSON.parse(answer.body) as { expires_in: number }).expires_in).toBe(60);
  });

  it('clock-skew: the token’s exp lies in the past of the clock that asked', async () => {
    const now = 1_750_000_000_000;
    const plan = planRepro('clock-skew', CLIENT);
    const [answer] = await runPlan(plan, 1, () => now);
    const token = (JSON.parse(answer.body) as { access_token: string }).access_token;
    const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { exp: number };
    expect(claims.exp * 1000).toBeLessThan(now);
  });

  it('maintenance: 503 with Retry-After', async () => {
    const plan = planRepro('maintenance', CLIENT);
    const [answer] = await runPlan(plan);
    expect(answer.status).toBe(503);
    expect(isReproduced(plan, answer)).toBe(true);
  });

  it('wrong-region: the file’s region disagrees with its address, the check says so, the token step still works', async () => {
    const plan = planRepro('wrong-region', CLIENT);
    const parsed = parseCredentials(plan.fileText!);
    expect(parsed.problems.map((p) => p.code)).toContain('region-mismatch');
    expect(plan.fileProblems!.join('\n')).toMatch(/region/i);
    expect(plan.fileText).toContain(`${CLIENT.clusterId}.${CLIENT.region}.zeebe.camunda.io:443`);
    expect(plan.fileText).toContain(`CAMUNDA_CLUSTER_REGION='${otherRegion(CLIENT.region)}'`);
    const [answer] = await runPlan(plan);
    expect(answer.status).toBe(200);
  });

  it('tls-port: the file uses port 26500 and grpc://, and the check names both', () => {
    const plan = planRepro('tls-port', CLIENT);
    expect(plan.fileText).toContain(':26500');
    const codes = parseCredentials(plan.fileText!).problems.map((p) => p.code);
    expect(codes).toContain('address-port');
    expect(codes).toContain('address-scheme');
    expect(plan.fileProblems!.some((m) => /443/.test(m))).toBe(true);
    expect(plan.expected).toBeUndefined();
  });
});
