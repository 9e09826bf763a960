/**
 * The visible time window of a timeline and how zooming and panning move it. A window never
 * leaves [0, duration] and never gets narrower than `minSpan`, so every gesture lands somewhere
 * drawable.
 */

export interface Viewport {
  from: number;
  to: number;
}

/** Narrowest window: a thousandth of the run, but at least 100 ms. */
export function minSpanOf(duration: number): number {
  return Math.min(duration, Math.max(100, duration / 1000));
}

export function fullView(duration: number): Viewport {
  return { from: 0, to: duration };
}

/** Keep a window inside the run and at least `minSpanOf(duration)` wide, preserving its centre when it must grow. */
export function clampView(view: Viewport, duration: number): Viewport {
  const minSpan = minSpanOf(duration);
  let span = Math.min(duration, Math.max(minSpan, view.to - view.from));
  if (!Number.isFinite(span)) span = duration;
  const centre = Number.isFinite(view.from + view.to) ? (view.from + view.to) / 2 : duration / 2;
  let from = centre - span / 2;
  from = Math.min(Math.max(0, from), duration - span);
  return { from, to: from + span };
}

/**
 * Zoom by `factor` (> 1 zooms in) keeping the time `anchor` at the same place on screen
 * (the pointer for the wheel, the centre for buttons and keys).
 */
export function zoomView(view: Viewport, factor: number, duration: number, anchor = (view.from + view.to) / 2): Viewport {
  if (!(factor > 0)) return clampView(view, duration);
  const span = view.to - view.from;
  const nextSpan = Math.min(duration, Math.max(minSpanOf(duration), span / factor));
  const share = span > 0 ? (anchor - view.from) / span : 0.5;
  const from = Math.min(Math.max(0, anchor - share * nextSpan), duration - nextSpan);
  return { from, to: from + nextSpan };
}

/** Move the window by `deltaMs` (positive: later), stopping at the ends of the run. */
export function panView(view: Viewport, deltaMs: number, duration: number): Viewport {
  const span = view.to - view.from;
  const from = Math.min(Math.max(0, view.from + deltaMs), Math.max(0, duration - span));
  return { from, to: from + span };
}

/** The time under a pixel offset `x` in a plot `width` pixels wide. */
export function timeAt(view: Viewport, x: number, width: number): number {
  return view.from + (Math.min(Math.max(x, 0), width) / Math.max(width, 1)) * (view.to - view.from);
}

/** A window of `span` ending at `now` (live mode follows the present). */
export function followView(now: number, span: number): Viewport {
  const to = Math.max(now, span);
  return { from: to - span, to };
}
