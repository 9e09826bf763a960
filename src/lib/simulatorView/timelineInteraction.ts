/**
 * What the timeline's gestures do, without React or the DOM: which column and row a point hits,
 * how a wheel turn, a drag or a key moves the window, and where keyboard inspection goes. The
 * `useTimelineInteraction` hook feeds these plain numbers from events; tests call them directly.
 */
import type { Layout, RowKind } from './timelineLayout';
import { rowAt } from './timelineLayout';
import { fullView, minSpanOf, panView, timeAt, zoomView, type Viewport } from './viewport';

/** The column (and row) the details are shown for, and where on the plot to put them. */
export interface TimelineHover {
  column: number;
  row: RowKind | undefined;
  x: number;
  y: number;
}

/** The plot a gesture acts on: its layout and how many columns the aggregated timeline has. */
export interface PlotGeometry {
  layout: Layout;
  columns: number;
}

/** The column and row under a point (relative to the plot box), or null outside the plot. */
export function hitTest({ layout, columns }: PlotGeometry, x: number, y: number): TimelineHover | null {
  if (x < layout.plotX || x > layout.plotX + layout.plotWidth || y > layout.axisY) return null;
  const column = Math.min(columns - 1, Math.floor(((x - layout.plotX) / layout.plotWidth) * columns));
  return { column, row: rowAt(layout, y)?.row, x, y };
}

export interface WheelInput {
  deltaX: number;
  deltaY: number;
  ctrlKey: boolean;
  /** The pointer's x relative to the plot box. */
  x: number;
}

/** A sideways wheel (or trackpad swipe) pans; an upright one (or a pinch, ctrl) zooms at the pointer. */
export function wheelView(view: Viewport, wheel: WheelInput, layout: Layout, duration: number): Viewport {
  if (!wheel.ctrlKey && Math.abs(wheel.deltaX) > Math.abs(wheel.deltaY)) {
    return panView(view, (wheel.deltaX / layout.plotWidth) * (view.to - view.from), duration);
  }
  const anchor = timeAt(view, wheel.x - layout.plotX, layout.plotWidth);
  return zoomView(view, Math.exp(-wheel.deltaY * 0.002), duration, anchor);
}

export interface DragStart {
  x: number;
  view: Viewport;
}

/** Dragging right shows earlier times: the content follows the pointer. */
export function dragView(start: DragStart, x: number, plotWidth: number, duration: number): Viewport {
  const span = start.view.to - start.view.from;
  return panView(start.view, (-(x - start.x) / plotWidth) * span, duration);
}

function hoverAtColumn({ layout, columns }: PlotGeometry, column: number, row?: RowKind): TimelineHover {
  const lane = layout.rows.find((r) => r.row.kind === 'lane') ?? layout.rows[0];
  const clamped = Math.max(0, Math.min(columns - 1, column));
  return { column: clamped, row: row ?? lane?.row, x: layout.plotX + clamped * (layout.plotWidth / columns), y: lane ? lane.y : 0 };
}

/** Move the details `delta` columns from where they are (or from the middle). */
export function inspectStep(plot: PlotGeometry, hover: TimelineHover | null, delta: number): TimelineHover {
  return hoverAtColumn(plot, (hover?.column ?? Math.floor(plot.columns / 2)) + delta, hover?.row);
}

/** Where the details start when the plot gets keyboard focus: at the play head, else the middle. */
export function focusHover(plot: PlotGeometry, playHeadX: number | null): TimelineHover {
  return hoverAtColumn(plot, playHeadX !== null ? Math.floor(playHeadX - plot.layout.plotX) : Math.floor(plot.columns / 2));
}

export interface TimelineKeyState extends PlotGeometry {
  view: Viewport;
  duration: number;
  hover: TimelineHover | null;
}

/** What a key does: a new window, new details (null hides them), or nothing (undefined). */
export type KeyOutcome = { view: Viewport } | { hover: TimelineHover | null } | undefined;

export function keyOutcome(key: string, shiftKey: boolean, state: TimelineKeyState): KeyOutcome {
  const { view, duration } = state;
  const span = view.to - view.from;
  const step = Math.ceil(state.columns / 50);
  switch (key) {
    case '+':
    case '=':
      return { view: zoomView(view, 2, duration) };
    case '-':
    case '_':
      return { view: zoomView(view, 0.5, duration) };
    case '0':
      return { view: fullView(duration) };
    case 'ArrowLeft':
      return shiftKey ? { hover: inspectStep(state, state.hover, -step) } : { view: panView(view, -0.1 * span, duration) };
    case 'ArrowRight':
      return shiftKey ? { hover: inspectStep(state, state.hover, step) } : { view: panView(view, 0.1 * span, duration) };
    case 'Home':
      return { view: panView(view, -duration, duration) };
    case 'End':
      return { view: panView(view, duration, duration) };
    case 'Escape':
      return { hover: null };
    default:
      return undefined;
  }
}

/** Which toolbar buttons can act on this window. */
export function toolbarState(view: Viewport, duration: number): { canZoomIn: boolean; canZoomOut: boolean; canGoEarlier: boolean; canGoLater: boolean } {
  const span = view.to - view.from;
  return { canZoomIn: span > minSpanOf(duration) + 1e-6, canZoomOut: span < duration, canGoEarlier: view.from > 0, canGoLater: view.to < duration };
}
