import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRESETS, aggregateTimeline, simulate, DEFAULT_SCENARIO, findPreset, resolveScenario } from '../../src/lib/simulator';
import { formatCount, formatPercent, formatTick, pickTimeTicks } from '../../src/lib/simulatorView/timeFormat';
import { formatDuration } from '../../src/lib/time/duration';
import { clampView, followView, fullView, minSpanOf, panView, timeAt, zoomView } from '../../src/lib/simulatorView/viewport';
import { bandPath, binCounts, budgetPath, marksPath } from '../../src/lib/simulatorView/timelineShapes';
import { computeLayout, rowAt } from '../../src/lib/simulatorView/timelineLayout';
import { describeColumn } from '../../src/lib/simulatorView/timelineTooltip';
import { countProgress } from '../../src/lib/simulatorView/progress';
import { describeRun, summaryFigures } from '../../src/lib/simulatorView/runSummary';

describe('time formatting', () => {
  it('labels ticks in the unit of their step', () => {
    expect(formatTick(0, 1000)).toBe('0');
    expect(formatTick(30_000, 10_000)).toBe('30 s');
    expect(formatTick(90_000, 30_000)).toBe('90 s');
    expect(formatTick(5_400_000, 1_800_000)).toBe('90 min');
    expect(formatTick(7_200_000, 3_600_000)).toBe('2 h');
    expect(formatTick(500, 100)).toBe('500 ms');
  });

  it('picks round ticks, never more than asked, covering the window', () => {
    const hour = pickTimeTicks(0, 3_600_000, 8);
    expect(hour.map((t) => t.label)).toEqual(['0', '10 min', '20 min', '30 min', '40 min', '50 min', '60 min']);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e9, noNaN: true }), fc.double({ min: 1, max: 1e9, noNaN: true }), fc.integer({ min: 2, max: 20 }), (from, span, max) => {
        const ticks = pickTimeTicks(from, from + span, max);
        expect(ticks.length).toBeLessThanOrEqual(max + 1);
        for (const t of ticks) expect(t.t).toBeGreaterThanOrEqual(from - 1e-6);
        for (const t of ticks) expect(t.t).toBeLessThanOrEqual(from + span + 1e-6);
      }),
    );
  });

  it('formats counts and shares', () => {
    expect(formatCount(1358)).toBe('1,358');
    expect(formatCount(719_999.99)).toBe('720,000');
    expect(formatPercent(0.5)).toBe('50%');
    expect(formatPercent(0.0004)).toBe('<0.1%');
    expect(formatPercent(0.99999)).toBe('>99.9%');
  });
});

describe('viewport maths', () => {
  const D = 3_600_000;
  it('zooms about an anchor that stays in place', () => {
    const v = zoomView(fullView(D), 2, D, 900_000);
    expect(v.to - v.from).toBe(D / 2);
    // The anchor was a quarter of the way in and still is.
    expect((900_000 - v.from) / (v.to - v.from)).toBeCloseTo(0.25);
    expect(zoomView(v, 0.5, D)).toEqual(fullView(D));
  });

  it('never leaves the run nor gets narrower than the minimum', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1000, max: 1e9, noNaN: true }),
        fc.array(fc.tuple(fc.constantFrom('zoom', 'pan'), fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), { maxLength: 30 }),
        (duration, steps) => {
          let v = fullView(duration);
          for (const [kind, amount, where] of steps) {
            v = kind === 'zoom' ? zoomView(v, 2 ** amount, duration, v.from + where * (v.to - v.from)) : panView(v, amount * (v.to - v.from), duration);
            expect(v.from).toBeGreaterThanOrEqual(-1e-6);
            expect(v.to).toBeLessThanOrEqual(duration * (1 + 1e-9));
            expect(v.to - v.from).toBeGreaterThanOrEqual(minSpanOf(duration) * (1 - 1e-9));
          }
        },
      ),
    );
  });

  it('pans by the given time, stopping at the ends', () => {
    expect(panView({ from: 0, to: 1000 }, 500, D)).toEqual({ from: 500, to: 1500 });
    expect(panView({ from: 0, to: 1000 }, -500, D)).toEqual({ from: 0, to: 1000 });
    expect(panView({ from: D - 1000, to: D }, 5000, D)).toEqual({ from: D - 1000, to: D });
  });

  it('clamps broken windows back into the run', () => {
    expect(clampView({ from: -100, to: 5 * D }, D)).toEqual({ from: 0, to: D });
    expect(clampView({ from: Number.NaN, to: Number.NaN }, D)).toEqual({ from: 0, to: D });
    expect(clampView({ from: 100, to: 100 }, D)).toEqual({ from: 0, to: minSpanOf(D) });
  });

  it('maps pixels to times and follows the present', () => {
    expect(timeAt({ from: 1000, to: 2000 }, 50, 100)).toBe(1500);
    expect(timeAt({ from: 1000, to: 2000 }, -10, 100)).toBe(1000);
    expect(followView(30_000, 120_000)).toEqual({ from: 0, to: 120_000 });
    expect(followView(200_000, 120_000)).toEqual({ from: 80_000, to: 200_000 });
  });
});

describe('timeline shapes', () => {
  const g = { x0: 10, columnWidth: 2, bottom: 100, height: 20 };
  it('merges equal neighbouring columns into one rectangle', () => {
    expect(bandPath([1, 1, 1, 0, 0.5], g)).toBe('M10 80h6v20h-6ZM18 90h2v10h-2Z');
    expect(bandPath([0, 0, 0], g)).toBe('');
  });

  it('stacks on the shares below and stops at the play head', () => {
    expect(bandPath([0.5, 0.5], g, [0.5, 0.5])).toBe('M10 80h4v10h-4Z');
    expect(bandPath([1, 1, 1], g, undefined, 1)).toBe('M10 80h2v20h-2Z');
  });

  it('bins marks and draws one sub-path per mark', () => {
    expect(binCounts([0, 1, 0, 0, 2, 3, 0, 0], 4)).toEqual([
      { column: 2, count: 1 },
      { column: 6, count: 5 },
    ]);
    expect(binCounts([1, 1, 1], 2, 1)).toEqual([{ column: 1, count: 1 }]);
    for (const shape of ['circle', 'cross', 'square', 'diamond'] as const) {
      const d = marksPath(shape, [10, 20, 30], 5, 8);
      expect(d.match(/M/g)?.length).toBe(3);
      expect(d).not.toContain('NaN');
    }
  });

  it('draws the budget as a closed step line', () => {
    const d = budgetPath([5, 0], 5, { x0: 0, columnWidth: 10, bottom: 20, height: 20 });
    expect(d).toBe('M0 20L0 0L10 0L10 20L20 20L20 20Z');
  });
});

describe('layout and tooltips', () => {
  const preset = findPreset('workers-each-fetch')!;
  const result = simulate(preset.scenario, { seed: preset.seed });

  it('gives budget, request and lane rows without overlap, and finds the row under a point', () => {
    const layout = computeLayout(result, 900);
    expect(layout.plotWidth).toBe(900 - 140 - 12);
    const kinds = layout.rows.map((r) => r.row.kind);
    expect(kinds.filter((k) => k === 'requests')).toHaveLength(4);
    expect(kinds.filter((k) => k === 'lane')).toHaveLength(result.lanes.length);
    for (let i = 1; i < layout.rows.length; i++) expect(layout.rows[i].y).toBeGreaterThanOrEqual(layout.rows[i - 1].y + layout.rows[i - 1].height);
    const lane = layout.rows.find((r) => r.row.kind === 'lane')!;
    expect(rowAt(layout, lane.y + 1)).toBe(lane);
    expect(rowAt(layout, -5)).toBeUndefined();
  });

  it('drops labels of lanes too thin to read', () => {
    const many = { sources: ['a'], lanes: Array.from({ length: 200 }, (_, i) => ({ id: String(i), label: `L${i}`, process: i, workers: 1, source: 0, wrongSecret: false })) };
    const layout = computeLayout(many, 900);
    const labelled = layout.rows.filter((r) => r.row.kind === 'lane' && r.label !== null);
    expect(labelled.length).toBeGreaterThan(5);
    expect(labelled.length).toBeLessThan(200);
  });

  it('describes a column: requests by outcome, the block and the lane', () => {
    const timeline = aggregateTimeline(result, { columns: 360, from: 0, to: 3_600_000 });
    const tip = describeColumn(timeline, result, 0, { kind: 'lane', lane: 0 });
    expect(tip.title).toBe('0 ms to 10 s');
    expect(tip.lines[0]).toMatch(/issued \(200\)/);
    expect(tip.lines[0]).toMatch(/rate limited \(429\)/);
    expect(tip.lines.join(' ')).toMatch(/blocked for/);
    expect(tip.lines.join(' ')).toMatch(/P1 \(25 workers\): /);
    const quiet = describeColumn(timeline, result, 359, { kind: 'requests', outcome: 'issued' });
    expect(quiet.lines[0]).toBe('No token requests.');
  });
});

describe('progress and summary', () => {
  it('counts up to the play head and reaches the summary at the end', () => {
    for (const preset of PRESETS.slice(0, 4)) {
      const r = simulate(preset.scenario, { seed: preset.seed });
      const end = countProgress(r, r.durationMs);
      expect(end.requests, preset.id).toBeCloseTo(r.summary.tokenRequests, 0);
      expect(end.byOutcome.rate_limited, preset.id).toBeCloseTo(r.summary.rateLimited, 0);
      expect(end.blocks).toBe(r.summary.blocks);
      const half = countProgress(r, r.durationMs / 2);
      expect(half.requests).toBeLessThanOrEqual(end.requests);
      expect(countProgress(r, 0).requests).toBe(0);
    }
  });

  it('counts a summarised run of refusals pro rata', () => {
    const base = simulate({ durationMs: 10_000, processes: 1, workersPerProcess: 1 });
    const r = { ...base, tokenRequests: [{ t: 1000, end: 3000, count: 10, process: 0, source: 0, unit: 'u', outcome: 'rate_limited' as const, audience: 'a' }], blocks: [] };
    expect(countProgress(r, 2000).byOutcome.rate_limited).toBe(5);
    expect(countProgress(r, 5000).byOutcome.rate_limited).toBe(10);
  });

  it('states the figures the engine computed, in words too', () => {
    const preset = findPreset('immediate-retry-forever')!;
    const r = simulate(preset.scenario, { seed: preset.seed });
    const figures = Object.fromEntries(summaryFigures(r).map((f) => [f.id, f.value]));
    expect(figures.tokenRequests).toBe(formatCount(r.summary.tokenRequests));
    expect(figures.rateLimited).toBe(formatCount(r.summary.rateLimited));
    expect(figures.timeBlocked).toBe(formatDuration(r.summary.timeBlockedMs));
    expect(figures.latencyP50).toBe(formatDuration(r.summary.addedLatencyP50Ms));
    expect(figures.latencyP99).toBe(formatDuration(r.summary.addedLatencyP99Ms));
    const text = describeRun(r);
    expect(text).toContain(`${formatCount(r.summary.rateLimited)} were answered 429`);
    expect(text).toContain(`blocked ${r.summary.blocks} times`);
    const quiet = simulate({ ...resolveScenario(DEFAULT_SCENARIO), durationMs: 60_000 });
    expect(describeRun(quiet)).toContain('never blocked');
  });
});

describe('token coverage', () => {
  it('marks the columns in which a lane held a valid token, not counting overlaps twice', async () => {
    const { laneTokenCoverage } = await import('../../src/lib/simulatorView/tokenCoverage');
    const lanes = [{ id: 'a', label: 'A', process: 0, workers: 1, source: 0, wrongSecret: false }, { id: 'b', label: 'B', process: 1, workers: 1, source: 0, wrongSecret: false }];
    const token = (receivedAt: number, expiresAt: number, discardedAt?: number) => ({ id: 't', unit: 'u', process: 0, lanes: ['a'], audience: 'z', issuedAt: receivedAt, receivedAt, expiresAt, discardedAt });
    const cov = laneTokenCoverage({ lanes, tokens: [token(0, 250), token(100, 250), token(300, 1000, 350)] }, { from: 0, to: 400, columns: 4, columnMs: 100 });
    expect(cov[0]).toEqual([1, 1, 0.5, 0.5]);
    expect(cov[1]).toEqual([0, 0, 0, 0]);
  });
});

describe('lane labels', () => {
  it('are cut to fit the gutter', async () => {
    const { shortenLabel } = await import('../../src/lib/simulatorView/timelineLayout');
    expect(shortenLabel('P1 (25 workers)', 18)).toBe('P1 (25 workers)');
    expect(shortenLabel('Wrong secret P7 (20 workers)', 18)).toBe('Wrong secret P7 (…');
  });
});
