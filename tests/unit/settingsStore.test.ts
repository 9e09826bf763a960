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
