import { useId, type ReactNode } from 'react';
import type { SimulationResult } from '@site/src/lib/simulator';
import { describeColumn } from '@site/src/lib/simulatorView/timelineTooltip';
import type { Viewport } from '@site/src/lib/simulatorView/viewport';
import { useTimelineInteraction } from '@site/src/hooks/useTimelineInteraction';
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

/**
 * One run on a time axis: the limiter's budget, token requests by outcome, and a lane per
 * process or worker group with token validity and block shading. Draws from the aggregated
 * timeline (one column per pixel), re-aggregating only when the window or width changes.
 */
export default function SimulatorTimeline({ result, view, onViewChange, label, revealTo, describedBy, legend = true }: SimulatorTimelineProps): ReactNode {
  const id = useId().replace(/[^a-zA-Z0-9]/g, '');
  const { boxRef, width, hover, safeView, layout, timeline, coverage, limit, playHeadX, plotHandlers, toolbar } = useTimelineInteraction({ result, view, onViewChange, revealTo });
  const { zoom, pan } = toolbar;

  const tip = hover ? describeColumn(timeline, result, hover.column, hover.row) : null;
  const helpId = `${id}-help`;
  const tipId = `${id}-tip`;
  return (
    <div className={styles.root}>
      <div className={styles.toolbar} role="toolbar" aria-label={`Zoom: ${label}`}>
        <button type="button" className="button button--sm button--secondary" onClick={() => zoom(2)} disabled={!toolbar.canZoomIn}>
          Zoom in
        </button>
        <button type="button" className="button button--sm button--secondary" onClick={() => zoom(0.5)} disabled={!toolbar.canZoomOut}>
          Zoom out
        </button>
        <button type="button" className="button button--sm button--secondary" onClick={() => pan(-0.25)} disabled={!toolbar.canGoEarlier}>
          Earlier
        </button>
        <button type="button" className="button button--sm button--secondary" onClick={() => pan(0.25)} disabled={!toolbar.canGoLater}>
          Later
        </button>
        <button type="button" className="button button--sm button--secondary" onClick={toolbar.showAll} disabled={!toolbar.canZoomOut}>
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
        {...plotHandlers}
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
