// The mock's settings store: one snapshot for settings and faults, replaced and announced on
// every write through the server, whoever the writer is.
import { describe, expect, it } from 'vitest';
import { fakeClock, makeServer } from './authServerHelpers';

describe('the mock settings store', () => {
  it('announces configure and setFaults and hands out a new frozen snapshot each time', () => {
    const server = makeServer(fakeClock().now);
    const seen: number[] = [];
    const stop = server.settingsStore.subscribe(() => seen.push(server.settingsStore.get().version));
    const before = server.settingsStore.get();
    expect(server.settingsStore.get()).toBe(before); // stable between changes
    server.configure({ tokenLifetimeSeconds: 5, allowProcessInstanceCreation: false });
    server.setFaults({ latencyMs: 100 });
    const after = server.settingsStore.get();
    expect(seen).toEqual([before.version + 1, before.version + 2]);
    expect(after.settings).toMatchObject({ tokenLifetimeSeconds: 5, allowProcessInstanceCreation: false });
    expect(after.faults.latencyMs).toBe(100);
    expect(Object.isFrozen(after)).toBe(true);
    expect(before.settings.tokenLifetimeSeconds).toBe(86_400);
    stop();
    server.configure({ tokenLifetimeSeconds: 6 });
    expect(seen).toHaveLength(2);
  });

  it('announces nothing for a refused value', () => {
    const server = makeServer(fakeClock().now);
    let calls = 0;
    server.settingsStore.subscribe(() => (calls += 1));
    expect(() => server.configure({ apiClockSkewSeconds: -1 })).toThrow(/apiClockSkewSeconds must be a whole number from 0 to 600/);
    expect(calls).toBe(0);
  });
});

describe('registered clients in the same store', () => {
  it('register, generate and remove are announced, and the snapshot lists the clients', () => {
    const server = makeServer(fakeClock().now);
    let calls = 0;
    server.settingsStore.subscribe(() => (calls += 1));
    const before = server.settingsStore.get().clients.length;
    const made = server.clients.generate({ scopes: ['Zeebe'] });
    expect(calls).toBe(1);
    expect(server.settingsStore.get().clients.map((c) => c.clientId)).toContain(made.clientId);
    expect(Object.isFrozen(server.settingsStore.get().clients)).toBe(true);
    server.clients.register({ ...made, clientSecret: `${made.clientSecret.slice(0, -1)}x` });
    expect(calls).toBe(2);
    expect(server.settingsStore.get().clients.filter((c) => c.clientId === made.clientId)).toHaveLength(1);
    expect(server.clients.check(made.clientId, made.clientSecret, false)).toMatchObject({ ok: false, reason: 'wrong-secret' });
    expect(server.clients.remove(made.clientId)).toBe(true);
    expect(server.clients.remove(made.clientId)).toBe(false);
    expect(calls).toBe(3);
    expect(server.settingsStore.get().clients).toHaveLength(before);
  });

  it('a refused client changes nothing and announces nothing', () => {
    const server = makeServer(fakeClock().now);
    let calls = 0;
    server.settingsStore.subscribe(() => (calls += 1));
    expect(() => server.clients.register({ clientId: 'bad id', clientSecret: 'x'.repeat(20) })).toThrow(/Client id must be/);
    expect(calls).toBe(0);
  });
});
