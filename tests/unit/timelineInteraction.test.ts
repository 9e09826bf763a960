import { describe, expect, it } from 'vitest';
import { dragView, focusHover, hitTest, inspectStep, keyOutcome, toolbarState, wheelView } from '../../src/lib/simulatorView/timelineInteraction';
import { computeLayout } from '../../src/lib/simulatorView/timelineLayout';
import { fullView } from '../../src/lib/simulatorView/viewport';

const lanes = [0, 1, 2].map((i) => ({ label: `Worker ${i}` }));
const layout = computeLayout({ sources: ['10.0.0.1'], lanes } as never, 800);
const columns = layout.plotWidth;
const plot = { layout, columns };
const duration = 3_600_000;
const half = { from: 900_000, to: 2_700_000 };

describe('hit-testing', () => {
  it('finds the column and row under a point inside the plot', () => {
    const lane = layout.rows.find((r) => r.row.kind === 'lane')!;
    const hit = hitTest(plot, layout.plotX + 10.5, lane.y + 1);
    expect(hit).toEqual({ column: 10, row: { kind: 'lane', lane: 0 }, x: layout.plotX + 10.5, y: lane.y + 1 });
  });

  it('misses the label gutter and the axis, and keeps the right edge on the last column', () => {
    expect(hitTest(plot, layout.plotX - 1, 20)).toBeNull();
    expect(hitTest(plot, layout.plotX + 5, layout.axisY + 1)).toBeNull();
    expect(hitTest(plot, layout.plotX + layout.plotWidth, 20)?.column).toBe(columns - 1);
  });
});

describe('wheel and drag', () => {
  it('an upright wheel turn zooms in at the pointer, keeping that time in place', () => {
    const x = layout.plotX + layout.plotWidth / 4;
    const next = wheelView(half, { deltaX: 0, deltaY: -200, ctrlKey: false, x }, layout, duration);
    expect(next.to - next.from).toBeLessThan(half.to - half.from);
    const anchorBefore = half.from + 0.25 * (half.to - half.from);
    expect(next.from + 0.25 * (next.to - next.from)).toBeCloseTo(anchorBefore, 3);
  });

  it('a sideways swipe pans by the same share of the window', () => {
    const next = wheelView(half, { deltaX: layout.plotWidth / 10, deltaY: 0, ctrlKey: false, x: 0 }, layout, duration);
    expect(next).toEqual({ from: half.from + 180_000, to: half.to + 180_000 });
  });

  it('dragging right shows earlier times, and stops at the start of the run', () => {
    const next = dragView({ x: 100, view: half }, 100 + layout.plotWidth / 2, layout.plotWidth, duration);
    expect(next).toEqual({ from: 0, to: 1_800_000 });
  });
});

describe('keys', () => {
  const state = { ...plot, view: half, duration, hover: null };
  it('zoom, pan, show all and jump to the ends', () => {
    expect(keyOutcome('+', false, state)).toEqual({ view: { from: 1_350_000, to: 2_250_000 } });
    expect(keyOutcome('-', false, state)).toEqual({ view: fullView(duration) });
    expect(keyOutcome('0', false, state)).toEqual({ view: fullView(duration) });
    expect(keyOutcome('ArrowRight', false, state)).toEqual({ view: { from: 1_080_000, to: 2_880_000 } });
    expect(keyOutcome('Home', false, state)).toEqual({ view: { from: 0, to: 1_800_000 } });
    expect(keyOutcome('End', false, state)).toEqual({ view: { from: 1_800_000, to: 3_600_000 } });
    expect(keyOutcome('a', false, state)).toBeUndefined();
  });

  it('shift with an arrow moves the details a fiftieth of the columns, inside the plot; Escape hides them', () => {
    const step = Math.ceil(columns / 50);
    const moved = keyOutcome('ArrowRight', true, state);
    expect(moved).toEqual({ hover: inspectStep(plot, null, step) });
    expect((moved as { hover: { column: number } }).hover.column).toBe(Math.floor(columns / 2) + step);
    expect(inspectStep(plot, inspectStep(plot, null, 0), -10 * columns).column).toBe(0);
    expect(keyOutcome('Escape', false, { ...state, hover: inspectStep(plot, null, 0) })).toEqual({ hover: null });
  });
});

describe('focus and toolbar', () => {
  it('focus shows the details at the play head, or in the middle', () => {
    expect(focusHover(plot, layout.plotX + 42).column).toBe(42);
    expect(focusHover(plot, null).column).toBe(Math.floor(columns / 2));
  });

  it('buttons that cannot act are off', () => {
    expect(toolbarState(fullView(duration), duration)).toEqual({ canZoomIn: true, canZoomOut: false, canGoEarlier: false, canGoLater: false });
    expect(toolbarState(half, duration)).toEqual({ canZoomIn: true, canZoomOut: true, canGoEarlier: true, canGoLater: true });
    expect(toolbarState({ from: 0, to: 3_600 }, duration).canZoomIn).toBe(false);
  });
});
