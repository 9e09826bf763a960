import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { aggregateTimeline } from '@site/src/lib/simulator/aggregate';
import type { SimulationResult } from '@site/src/lib/simulator';
import { computeLayout, rowAt, type RowKind } from '@site/src/lib/simulatorView/timelineLayout';
import { describeColumn } from '@site/src/lib/simulatorView/timelineTooltip';
import { laneTokenCoverage } from '@site/src/lib/simulatorView/tokenCoverage';
import { clampView, fullView, panView, timeAt, zoomView, type Viewport } from '@site/src/lib/simulatorView/viewport';
import { formatDuration } from '@site/src/lib/time/duration';
import TimelineSvg from './TimelineSvg';
import Legend from './Legend';
import styles from './styles.module.css';

export interface SimulatorTimelineProps {
  result: SimulationResult;
  view: Viewport;
  onViewChange: (view: Viewport) => void;
  /** Accessible name of the timeline, e.g. "Timeline of: Every worker fetches its own token". */
  label: string;
  /** Reveal the run up to this time (ms); the rest is not drawn yet. Default: all of it. */
  revealTo?: number;
  /** Id of an element that describes the run in words (the summary). */
  describedBy?: string;
  /** Hide the legend (when two timelines share one). */
  legend?: boolean;
}

interface Hover {
  column: number;
  row: RowKind | undefined;
  x: number;
  y: number;
}

/**
 * One run on a time axis: the limiter's budget, token requests by outcome, and a lane per
 * process or worker group with token validity and block shading. Draws from the aggregated
 * timeline (one column per pixel), re-aggregating only when the window or width changes.
 */
export default function SimulatorTimeline({ result, view, onViewChange, label, revealTo, describedBy, legend = true }: SimulatorTimelineProps): ReactNode {
  const id = useId().replace(/[^a-zA-Z0-9]/g, '');
  const boxRef = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(800);
  const [hover, setHover] = useState<Hover | null>(null);
  const drag = useRef<{ x: number; view: Viewport } | null>(null);
  const duration = result.durationMs;
  const safeView = useMemo(() => clampView(view, duration), [view, duration]);

  useEffect(() => {
    const box = boxRef.current;
    if (!box) return undefined;
    const measure = () => setWidth(Math.max(280, Math.floor(box.clientWidth)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  const layout = useMemo(() => computeLayout(result, width), [result, width]);
  const timeline = useMemo(
    () => aggregateTimeline(result, { columns: layout.plotWidth, from: safeView.from, to: safeView.to }),
    [result, layout.plotWidth, safeView.from, safeView.to],
  );
  const coverage = useMemo(() => laneTokenCoverage(result, timeline), [result, timeline]);
  const reveal = revealTo ?? duration;
  const limit = Math.max(0, Math.min(timeline.columns, Math.ceil((reveal - timeline.from) / timeline.columnMs)));
  const xOf = (t: number) => layout.plotX + ((t - timeline.from) / (timeline.to - timeline.from)) * layout.plotWidth;
  const playHeadX = revealTo !== undefined && revealTo > timeline.from && revealTo < timeline.to ? xOf(revealTo) : null;

  // Wheel zoom needs a non-passive listener to keep the page from scrolling.
  const viewRef = useRef(safeView);
  viewRef.current = safeView;
  useEffect(() => {
    const box = boxRef.current;
    if (!box) return undefined;
    const onWheel = (event: WheelEvent) => {
      if (event.ctrlKey === false && Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
        event.preventDefault();
        onViewChange(panView(viewRef.current, (event.deltaX / layout.plotWidth) * (viewRef.current.to - viewRef.current.from), duration));
        return;
      }
      event.preventDefault();
      const rect = box.getBoundingClientRect();
      const anchor = timeAt(viewRef.current, event.clientX - rect.left - layout.plotX, layout.plotWidth);
      onViewChange(zoomView(viewRef.current, Math.exp(-event.deltaY * 0.002), duration, anchor));
    };
    box.addEventListener('wheel', onWheel, { passive: false });
    return () => box.removeEventListener('wheel', onWheel);
  }, [duration, layout.plotWidth, layout.plotX, onViewChange]);

  const pointAt = (clientX: number, clientY: number): Hover | null => {
    const rect = boxRef.current?.getBoundingClientRect();
    if (!rect) return null;
    const x = clientX - rect.left;
    const y = clientY - rect.top;
    if (x < layout.plotX || x > layout.plotX + layout.plotWidth || y > layout.axisY) return null;
    return { column: Math.floor(((x - layout.plotX) / layout.plotWidth) * timeline.columns), row: rowAt(layout, y)?.row, x, y };
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    drag.current = { x: event.clientX, view: safeView };
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (drag.current) {
      const span = drag.current.view.to - drag.current.view.from;
      onViewChange(panView(drag.current.view, (-(event.clientX - drag.current.x) / layout.plotWidth) * span, duration));
      return;
    }
    setHover(pointAt(event.clientX, event.clientY));
  };
  const onPointerUp = () => {
    drag.current = null;
  };

  const span = safeView.to - safeView.from;
  const zoom = (factor: number) => onViewChange(zoomView(safeView, factor, duration));
  const pan = (share: number) => onViewChange(panView(safeView, share * span, duration));
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const inspect = (delta: number) => {
      const lane = layout.rows.find((r) => r.row.kind === 'lane') ?? layout.rows[0];
      const column = Math.max(0, Math.min(timeline.columns - 1, (hover?.column ?? Math.floor(timeline.columns / 2)) + delta));
      setHover({ column, row: hover?.row ?? lane?.row, x: layout.plotX + column * (layout.plotWidth / timeline.columns), y: lane ? lane.y : 0 });
    };
    const actions: Record<string, () => void> = {
      '+': () => zoom(2),
      '=': () => zoom(2),
      '-': () => zoom(0.5),
      _: () => zoom(0.5),
      '0': () => onViewChange(fullView(duration)),
      ArrowLeft: () => (event.shiftKey ? inspect(-Math.ceil(timeline.columns / 50)) : pan(-0.1)),
      ArrowRight: () => (event.shiftKey ? inspect(Math.ceil(timeline.columns / 50)) : pan(0.1)),
      Home: () => onViewChange(panView(safeView, -duration, duration)),
      End: () => onViewChange(panView(safeView, duration, duration)),
      Escape: () => setHover(null),
    };
    const action = actions[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };

  const tip = hover ? describeColumn(timeline, result, hover.column, hover.row) : null;
  const helpId = `${id}-help`;
  const tipId = `${id}-tip`;
  return (
    <div className={styles.root}>
      <div className={styles.toolbar} role="toolbar" aria-label={`Zoom: ${label}`}>
        <button type="button" className="button button--sm button--secondary" onClick={() => zoom(2)} disabled={span <= Math.max(100, duration / 1000) + 1e-6}>
          Zoom in
        </button>
        <button type="button" className="button button--sm button--secondary" onClick={() => zoom(0.5)} disabled={span >= duration}>
          Zoom out
        </button>
        <button type="button" className="button button--sm button--secondary" onClick={() => pan(-0.25)} disabled={safeView.from <= 0}>
          Earlier
        </button>
        <button type="button" className="button button--sm button--secondary" onClick={() => pan(0.25)} disabled={safeView.to >= duration}>
          Later
        </button>
        <button type="button" className="button button--sm button--secondary" onClick={() => onViewChange(fullView(duration))} disabled={span >= duration}>
          Show all
        </button>
        <span className={styles.window}>
          Showing {formatDuration(safeView.from)} to {formatDuration(safeView.to)}
        </span>
      </div>
      <div
        ref={boxRef}
        className={styles.plot}
        tabIndex={0}
        role="group"
        aria-label={label}
        aria-describedby={[describedBy, helpId, tip ? tipId : undefined].filter(Boolean).join(' ')}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerLeave={() => {
          drag.current = null;
          setHover(null);
        }}
        onBlur={() => setHover(null)}
        onFocus={(e) => {
          if (e.target === e.currentTarget && !hover) {
            const lane = layout.rows.find((r) => r.row.kind === 'lane') ?? layout.rows[0];
            const column = Math.max(0, Math.min(timeline.columns - 1, playHeadX !== null ? Math.floor(playHeadX - layout.plotX) : Math.floor(timeline.columns / 2)));
            setHover({ column, row: lane?.row, x: layout.plotX + column * (layout.plotWidth / timeline.columns), y: lane ? lane.y : 0 });
          }
        }}
      >
        <TimelineSvg result={result} timeline={timeline} coverage={coverage} layout={layout} limit={limit} playHeadX={playHeadX} hoverX={hover ? hover.x : null} idPrefix={id} />
        {tip && hover && (
          <div
            id={tipId}
            role="tooltip"
            className={styles.tooltip}
            style={{ left: Math.min(hover.x + 12, Math.max(0, width - 300)), top: Math.max(0, Math.min(hover.y + 12, layout.height - 40)) }}
          >
            <strong>{tip.title}</strong>
            {tip.lines.map((line) => (
              <span key={line}>{line}</span>
            ))}
          </div>
        )}
      </div>
      <p id={helpId} className={styles.help}>
        Drag or use the arrow keys to move in time, the wheel or + and − to zoom, 0 to show all. Shift with an arrow key moves the
        details from column to column.
      </p>
      {legend && <Legend />}
    </div>
  );
}
