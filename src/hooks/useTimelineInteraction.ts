import { useEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type PointerEvent } from 'react';
import { aggregateTimeline, type Timeline } from '@site/src/lib/simulator/aggregate';
import type { SimulationResult } from '@site/src/lib/simulator';
import { computeLayout, type Layout } from '@site/src/lib/simulatorView/timelineLayout';
import {
  dragView,
  focusHover,
  hitTest,
  keyOutcome,
  toolbarState,
  wheelView,
  type DragStart,
  type TimelineHover,
} from '@site/src/lib/simulatorView/timelineInteraction';
import { laneTokenCoverage } from '@site/src/lib/simulatorView/tokenCoverage';
import { clampView, fullView, panView, zoomView, type Viewport } from '@site/src/lib/simulatorView/viewport';

export interface TimelineInteractionInput {
  result: SimulationResult;
  view: Viewport;
  onViewChange: (view: Viewport) => void;
  revealTo?: number;
}

/**
 * The timeline's state and gestures: measures the plot, aggregates the visible window, and turns
 * drag, wheel, keys and focus into new windows or details through `timelineInteraction.ts`.
 */
export function useTimelineInteraction({ result, view, onViewChange, revealTo }: TimelineInteractionInput) {
  const boxRef = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(800);
  const [hover, setHover] = useState<TimelineHover | null>(null);
  const drag = useRef<DragStart | null>(null);
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

  const layout: Layout = useMemo(() => computeLayout(result, width), [result, width]);
  const timeline: Timeline = useMemo(
    () => aggregateTimeline(result, { columns: layout.plotWidth, from: safeView.from, to: safeView.to }),
    [result, layout.plotWidth, safeView.from, safeView.to],
  );
  const coverage = useMemo(() => laneTokenCoverage(result, timeline), [result, timeline]);
  const reveal = revealTo ?? duration;
  const limit = Math.max(0, Math.min(timeline.columns, Math.ceil((reveal - timeline.from) / timeline.columnMs)));
  const xOf = (t: number) => layout.plotX + ((t - timeline.from) / (timeline.to - timeline.from)) * layout.plotWidth;
  const playHeadX = revealTo !== undefined && revealTo > timeline.from && revealTo < timeline.to ? xOf(revealTo) : null;
  const plot = { layout, columns: timeline.columns };

  // Wheel zoom needs a non-passive listener to keep the page from scrolling.
  const viewRef = useRef(safeView);
  viewRef.current = safeView;
  useEffect(() => {
    const box = boxRef.current;
    if (!box) return undefined;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const x = event.clientX - box.getBoundingClientRect().left;
      onViewChange(wheelView(viewRef.current, { deltaX: event.deltaX, deltaY: event.deltaY, ctrlKey: event.ctrlKey, x }, layout, duration));
    };
    box.addEventListener('wheel', onWheel, { passive: false });
    return () => box.removeEventListener('wheel', onWheel);
  }, [duration, layout, onViewChange]);

  const plotHandlers = {
    onPointerDown(event: PointerEvent<HTMLDivElement>) {
      if (event.button !== 0) return;
      drag.current = { x: event.clientX, view: safeView };
      event.currentTarget.setPointerCapture(event.pointerId);
    },
    onPointerMove(event: PointerEvent<HTMLDivElement>) {
      if (drag.current) {
        onViewChange(dragView(drag.current, event.clientX, layout.plotWidth, duration));
        return;
      }
      const rect = boxRef.current?.getBoundingClientRect();
      setHover(rect ? hitTest(plot, event.clientX - rect.left, event.clientY - rect.top) : null);
    },
    onPointerUp() {
      drag.current = null;
    },
    onPointerLeave() {
      drag.current = null;
      setHover(null);
    },
    onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
      const outcome = keyOutcome(event.key, event.shiftKey, { ...plot, view: safeView, duration, hover });
      if (!outcome) return;
      event.preventDefault();
      if ('view' in outcome) onViewChange(outcome.view);
      else setHover(outcome.hover);
    },
    onBlur() {
      setHover(null);
    },
    onFocus(event: FocusEvent<HTMLDivElement>) {
      if (event.target === event.currentTarget && !hover) setHover(focusHover(plot, playHeadX));
    },
  };

  const span = safeView.to - safeView.from;
  const toolbar = {
    ...toolbarState(safeView, duration),
    zoom: (factor: number) => onViewChange(zoomView(safeView, factor, duration)),
    pan: (share: number) => onViewChange(panView(safeView, share * span, duration)),
    showAll: () => onViewChange(fullView(duration)),
  };

  return { boxRef, width, hover, safeView, layout, timeline, coverage, limit, playHeadX, plotHandlers, toolbar };
}
