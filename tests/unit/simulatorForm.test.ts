import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, PRESETS, findPreset, resolveScenario, simulate } from '../../src/lib/simulator';
import { buildScenarioInput, checkForm, draftFromScenario, parseNumberField, rescaleMessage } from '../../src/lib/simulatorView/scenarioForm';

describe('the settings form', () => {
  it('round-trips every preset: the form built from a preset runs the same scenario', () => {
    for (const p of PRESETS) {
      const scenario = resolveScenario(p.scenario);
      const check = checkForm(scenario, draftFromScenario(scenario, p.seed));
      expect(check.fieldIssues, p.id).toEqual({});
      expect(check.scenario, p.id).toEqual(scenario);
      expect(check.seed).toBe(p.seed);
    }
  });

  it('converts seconds and minutes into the engine\'s milliseconds', () => {
    const draft = { ...draftFromScenario(DEFAULT_SCENARIO, 1), tokenLifetimeS: '600', durationMin: '2.5', refresh: 'ahead' as const, refreshMarginS: '45' };
    const check = checkForm(DEFAULT_SCENARIO, draft);
    expect(check.scenario?.tokenLifetimeMs).toBe(600_000);
    expect(check.scenario?.durationMs).toBe(150_000);
    expect(check.scenario?.strategy.refresh).toEqual({ mode: 'ahead', marginMs: 45_000, jitterMs: 0 });
  });

  it('puts the engine\'s message next to the field, in the field\'s unit', () => {
    const draft = { ...draftFromScenario(DEFAULT_SCENARIO, 1), processes: '-3', workersPerProcess: 'lots', tokenLifetimeS: '0.5', seed: '1.5' };
    const check = checkForm(DEFAULT_SCENARIO, draft);
    expect(check.scenario).toBeNull();
    expect(check.fieldIssues.processes).toMatch(/whole number from 1 to 100000; got -3/);
    expect(check.fieldIssues.workersPerProcess).toMatch(/got "lots"/);
    expect(check.fieldIssues.tokenLifetimeS).toMatch(/from 1 to 2592000 s .*got 0\.5\./);
    expect(check.fieldIssues.seed).toMatch(/whole number/);
    expect(check.otherIssues).toEqual([]);
  });

  it('refuses a fleet too large for a tab, and an empty field, without throwing', () => {
    const huge = checkForm(DEFAULT_SCENARIO, { ...draftFromScenario(DEFAULT_SCENARIO, 1), processes: '1000', workersPerProcess: '1000' });
    expect(huge.fieldIssues.workersPerProcess).toMatch(/at or below 100000/);
    const empty = checkForm(DEFAULT_SCENARIO, { ...draftFromScenario(DEFAULT_SCENARIO, 1), callsPerSecond: '' });
    expect(empty.fieldIssues.callsPerSecond).toMatch(/got ""/);
  });

  it('keeps hidden settings of the base (restarts, spread, the wrong-secret machine) and switches modes with their defaults', () => {
    const base = resolveScenario(findPreset('wrong-secret')!.scenario);
    const draft = draftFromScenario(base, 1);
    const same = buildScenarioInput(base, draft);
    expect(same.restarts).toEqual(base.restarts);
    expect(same.wrongSecret).toEqual(base.wrongSecret);
    const off = buildScenarioInput(base, { ...draft, wrongSecret: false, onFailure: 'immediate', arrival: 'bursts' });
    expect(off.wrongSecret).toBeNull();
    expect(off.strategy?.onFailure).toEqual({ mode: 'immediate' });
    expect(off.arrival).toEqual({ kind: 'bursts', periodMs: 60_000, burstMs: 5_000 });
    // The form's run is the engine's run.
    const check = checkForm(base, draft);
    expect(simulate(check.scenario!, { seed: 1 }).summary).toEqual(simulate(findPreset('wrong-secret')!.scenario, { seed: 1 }).summary);
  });

  it('reads numbers strictly and rescales messages', () => {
    expect(parseNumberField(' 12 ')).toBe(12);
    expect(parseNumberField('1e3', 1000)).toBe(1_000_000);
    expect(parseNumberField('12abc')).toBe('12abc');
    expect(parseNumberField('0x10')).toBe('0x10');
    expect(rescaleMessage('must be a number from 1000 to 604800000 ms (x); got 5.', { factor: 60_000, unit: 'min' })).toBe(
      'must be a number from 0.0166667 to 10080 min (x); got 0.0000833333.',
    );
    expect(rescaleMessage('must be a number; got "x".', { factor: 1000, unit: 's' })).toBe('must be a number; got "x".');
  });
});
