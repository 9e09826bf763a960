import { readFileSync } from 'node:fs';
// @ts-expect-error: github-slugger (Docusaurus' own slugger) ships no types
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { createAuthServer } from '../../src/lib/authServer/authServer';
import { DOCTOR_CASES } from '../../src/lib/errorDoctor';
import { isReproduced, planRepro, type ReproClient } from '../../src/lib/troubleshooting/repro';

const CLIENT: ReproClient = {
  clientId: 'Abcdefghijklmnopqrstuvwxyz012345',
  clientSecret: 'S3cr3t-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTU',
  clusterId: '5c34c0a7-7f29-4424-8414-125615f7a9b9',
  region: 'syd-1',
  scopes: ['Zeebe'],
};

describe('reproductions added for the real-world cases', () => {
  it('cluster-id-audience: the mock refuses the bare cluster id as audience with 403', async () => {
    const plan = planRepro('cluster-id-audience', CLIENT);
    const server = createAuthServer({ clock: () => 1_750_000_000_000 });
    server.clients.register(plan.register);
    server.configure(plan.settings);
    server.setFaults(plan.faults);
    const events: Array<{ status: number; outcome: string; audience: string | null }> = [];
    server.subscribe((e) => events.push({ status: e.status, outcome: e.outcome, audience: e.audience }));
    const p = plan.prefill;
    const body = new URLSearchParams({ grant_type: 'client_credentials', audience: p.audience!, client_id: p.clientId!, client_secret: p.clientSecret! }).toString();
    await server.handleTokenRequest({ method: 'POST', url: p.tokenUrl!, headers: new Headers({ 'content-type': 'application/x-www-form-urlencoded' }), body: new TextEncoder().encode(body), source: 'test' });
    expect(p.audience).toBe(CLIENT.clusterId);
    expect(events.at(-1)).toMatchObject({ status: 403, outcome: 'access_denied' });
    expect(isReproduced(plan, events.at(-1) as never)).toBe(true);
  });

  it('missing-secret: the file lacks ZEEBE_CLIENT_SECRET and the check says so', () => {
    const plan = planRepro('missing-secret', CLIENT);
    expect(plan.fileText).not.toMatch(/ZEEBE_CLIENT_SECRET/);
    expect(plan.fileText).toMatch(/ZEEBE_CLIENT_ID/);
    expect(plan.fileProblems?.join('\n')).toMatch(/secret/i);
  });
});

describe('every case of the error doctor has its section on the Troubleshooting page', () => {
  const page = readFileSync('docs/troubleshooting.mdx', 'utf8');
  const slugger = new GithubSlugger();
  const ids = new Set<string>();
  for (const m of page.matchAll(/^#{2,3} (.+?)\s*$/gm)) {
    const explicit = /\\?\{#([\w-]+)\}$/.exec(m[1]);
    ids.add(explicit ? explicit[1] : slugger.slug(m[1].replace(/`/g, '')));
  }
  it.each(DOCTOR_CASES.map((c) => c.id))('#%s', (id) => {
    expect([...ids]).toContain(id);
  });
});
