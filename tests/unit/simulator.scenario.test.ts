import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkScenario, DEFAULT_SCENARIO, resolveScenario, SimulatorError, type ScenarioInput } from '../../src/lib/simulator/scenario';
import { decodeScenarioLink, encodeScenarioLink } from '../../src/lib/simulator/scenarioLink';
import { simulate } from '../../src/lib/simulator/simulate';

function issuesOf(input: unknown) {
  const check = checkScenario(input as ScenarioInput);
  if (check.ok) throw new Error('expected the scenario to be rejected');
  return check.issues;
}

describe('scenario settings', () => {
  it('fills every default for an empty scenario', () => {
    expect(resolveScenario({})).toEqual(DEFAULT_SCENARIO);
    expect(resolveScenario()).toEqual(DEFAULT_SCENARIO);
  });

  it('fills defaults for the chosen mode of a policy', () => {
    const s = resolveScenario({ strategy: { onFailure: { mode: 'backoff', baseMs: 250 } }, arrival: { kind: 'bursts' } });
    expect(s.strategy.onFailure).toEqual({ mode: 'backoff', baseMs: 250, maxMs: 60_000, jitter: 0.5 });
    expect(s.arrival).toEqual({ kind: 'bursts', periodMs: 60_000, burstMs: 5_000 });
    expect(s.strategy.cache).toBe(DEFAULT_SCENARIO.strategy.cache);
  });

  it.each([
    [{ processes: -3 }, 'processes', /whole number from 1/],
    [{ processes: 2.5 }, 'processes', /whole number/],
    [{ workersPerProcess: 'many' }, 'workersPerProcess', /got "many"/],
    [{ processes: 1000, workersPerProcess: 1000 }, 'workersPerProcess', /at or below 100000/],
    [{ callsPerSecond: Number.NaN }, 'callsPerSecond', /number from 0/],
    [{ durationMs: 0 }, 'durationMs', /at least 1 s/],
    [{ authLatencyMs: 0 }, 'authLatencyMs', /cannot take zero time/],
    [{ authServerErrorRate: 2 }, 'authServerErrorRate', /0 to 1/],
    [{ rateLimit: { burst: 0 } }, 'rateLimit.burst', /from 1/],
    [{ rateLimit: { blockMs: 0 } }, 'rateLimit.blockMs', /blocks for a while/],
    [{ audiences: [] }, 'audiences', /at least one audience/],
    [{ audiences: ['zeebe.camunda.io', 'zeebe.camunda.io'] }, 'audiences', /twice/],
    [{ strategy: { cache: 'redis' } }, 'strategy.cache', /Unknown cache "redis"/],
    [{ strategy: { refresh: { mode: 'sometimes' } } }, 'strategy.refresh.mode', /use one of ahead, onExpiry, on401/],
    [{ strategy: { refresh: { mode: 'ahead', marginMs: 90_000 } }, tokenLifetimeMs: 60_000 }, 'strategy.refresh.marginMs', /shorter than tokenLifetimeMs/],
    [{ strategy: { onFailure: { mode: 'backoff', baseMs: 5_000, maxMs: 1_000 } } }, 'strategy.onFailure.maxMs', /at least baseMs/],
    [{ arrival: { kind: 'bursts', periodMs: 1_000, burstMs: 5_000 } }, 'arrival.burstMs', /not be longer than arrival.periodMs/],
    [{ arrival: { kind: 'tidal' } }, 'arrival.kind', /steady, poisson or bursts/],
    [{ restarts: { atMs: [-5] } }, 'restarts.atMs[0]', /from 0/],
    [{ wrongSecret: { sourceIndex: 3 } }, 'wrongSecret.sourceIndex', /below sourceAddresses/],
    [{ clientSecret: 'hunter2' }, 'clientSecret', /Unknown setting "clientSecret"/],
  ])('rejects %j with a message at %s', (input, path, message) => {
    const issues = issuesOf(input);
    const issue = issues.find((i) => i.path === path);
    expect(issue, JSON.stringify(issues)).toBeDefined();
    expect(issue!.message).toMatch(message);
  });

  it('never echoes the value of an unknown setting (it might be a secret)', () => {
    const issues = issuesOf({ clientSecret: 'hunter2-very-secret' });
    expect(JSON.stringify(issues)).not.toContain('hunter2');
  });

  it('rejects a scenario that is not an object', () => {
    expect(issuesOf('fast')[0].message).toMatch(/must be an object/);
    expect(issuesOf([1, 2])[0].message).toMatch(/must be an object/);
  });

  it('makes simulate throw a typed error listing every problem, never crash on nonsense', () => {
    try {
      simulate({ processes: 0, callsPerSecond: -1 } as ScenarioInput);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SimulatorError);
      expect((error as SimulatorError).code).toBe('ERR_SIM_INVALID_SCENARIO');
      expect((error as SimulatorError).issues.map((i) => i.path)).toEqual(['processes', 'callsPerSecond']);
    }
  });

  it('answers arbitrary junk with issues or a valid scenario, never an exception', () => {
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        const check = checkScenario(junk as ScenarioInput);
        if (check.ok) expect(check.scenario.processes).toBeGreaterThanOrEqual(1);
        else expect(check.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.record({ processes: fc.anything(), strategy: fc.anything(), rateLimit: fc.anything(), restarts: fc.anything(), wrongSecret: fc.anything() }, { requiredKeys: [] }), (junk) => {
        expect(() => checkScenario(junk as ScenarioInput)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});

describe('scenario links', () => {
  const settings = fc.record(
    {
      processes: fc.integer({ min: 1, max: 50 }),
      workersPerProcess: fc.integer({ min: 1, max: 100 }),
      callsPerSecond: fc.double({ min: 0, max: 1_000, noNaN: true }),
      arrival: fc.constantFrom({ kind: 'poisson' as const }, { kind: 'bursts' as const, periodMs: 10_000, burstMs: 1_000 }),
      restarts: fc.record({ atMs: fc.array(fc.integer({ min: 0, max: 3_600_000 }), { maxLength: 3 }), spreadMs: fc.nat(60_000) }),
      strategy: fc.record({ cache: fc.constantFrom('none' as const, 'worker' as const, 'disk' as const), onFailure: fc.constantFrom({ mode: 'immediate' as const }, { mode: 'retryAfter' as const }) }, { requiredKeys: [] }),
      wrongSecret: fc.option(fc.record({ workersPerProcess: fc.integer({ min: 1, max: 50 }) }), { nil: null }),
    },
    { requiredKeys: [] },
  );

  it('round-trips any valid scenario and seed', () => {
    fc.assert(
      fc.property(settings, fc.integer(), (input, seed) => {
        const fragment = encodeScenarioLink(input as ScenarioInput, seed);
        expect(fragment).toMatch(/^sim=v1\.[A-Za-z0-9_-]+$/);
        const decoded = decodeScenarioLink(`#${fragment}`);
        expect(decoded).toEqual({ ok: true, scenario: resolveScenario(input as ScenarioInput), seed });
      }),
    );
  });

  it('keeps links short by storing only what differs from the defaults', () => {
    expect(encodeScenarioLink({}, 1).length).toBeLessThan(40);
  });

  it('refuses to put unknown settings (such as a secret) in a link', () => {
    expect(() => encodeScenarioLink({ clientSecret: 's3cr3t' } as ScenarioInput, 1)).toThrow(/Unknown setting/);
  });

  it('explains damaged or foreign links', () => {
    expect(decodeScenarioLink('#foo=bar')).toMatchObject({ ok: false, issues: [{ message: expect.stringMatching(/Not a simulator link/) }] });
    expect(decodeScenarioLink('sim=v1.%%%')).toMatchObject({ ok: false, issues: [{ message: expect.stringMatching(/damaged/) }] });
    const tampered = 'sim=v1.' + Buffer.from(JSON.stringify({ s: { processes: -1 }, seed: 1 })).toString('base64url');
    expect(decodeScenarioLink(tampered)).toMatchObject({ ok: false, issues: [{ path: 'processes' }] });
  });
});
