import { memo, type ReactNode } from 'react';
import { scaleLinear } from 'd3-scale';
import type { SimulationResult, Timeline } from '@site/src/lib/simulator';
import { OUTCOMES, type Layout } from '@site/src/lib/simulatorView/timelineLayout';
import { addShares, bandPath, binCounts, budgetPath, marksPath } from '@site/src/lib/simulatorView/timelineShapes';
import { pickTimeTicks } from '@site/src/lib/simulatorView/timeFormat';
import styles from './styles.module.css';

interface Props {
  result: SimulationResult;
  timeline: Timeline;
  coverage: number[][];
  layout: Layout;
  /** Columns from here on are not drawn yet (playback). */
  limit: number;
  playHeadX: number | null;
  hoverX: number | null;
  /** Prefix for pattern ids (unique per timeline on the page). */
  idPrefix: string;
}

const MARK_SIZE = 9;

/** The drawing: a fixed number of paths whatever the run's size (one per row and state). */
function TimelineSvg({ result, timeline, coverage, layout, limit, playHeadX, hoverX, idPrefix }: Props): ReactNode {
  const { plotX, plotWidth } = layout;
  const columnWidth = plotWidth / timeline.columns;
  const x = scaleLinear().domain([timeline.from, timeline.to]).range([plotX, plotX + plotWidth]);
  const ticks = pickTimeTicks(timeline.from, timeline.to, Math.max(2, Math.floor(plotWidth / 90)));
  const bin = Math.max(1, Math.ceil((MARK_SIZE + 2) / columnWidth));
  const { burst } = result.scenario.rateLimit;
  const laneRows = layout.rows.filter((r) => r.row.kind === 'lane');
  const blocked = (source: number) => timeline.sources[source]?.blocked.map((v) => (v > 0 ? 1 : 0)) ?? [];
  const pattern = (name: string) => `url(#${idPrefix}-${name})`;

  return (
    <svg className={styles.svg} width={layout.width} height={layout.height} aria-hidden="true" focusable="false">
      <defs>
        <pattern id={`${idPrefix}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" className={styles.blockFill} />
          <line x1="0" y1="0" x2="0" y2="6" className={styles.blockStroke} strokeWidth="2" />
        </pattern>
        <pattern id={`${idPrefix}-failing`} width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
          <rect width="4" height="4" className={styles.failing} />
          <line x1="0" y1="0" x2="0" y2="4" className={styles.failingStroke} strokeWidth="1.5" />
        </pattern>
        <pattern id={`${idPrefix}-waiting`} width="4" height="4" patternUnits="userSpaceOnUse">
          <rect width="4" height="4" className={styles.waiting} />
          <circle cx="2" cy="2" r="0.9" className={styles.waitingDot} />
        </pattern>
      </defs>

      {layout.rows.map((r, i) => (
        <g key={i}>
          {r.label !== null && (
            <text x={plotX - 8} y={r.y + Math.min(r.height, 16) / 2 + 4} textAnchor="end" className={styles.rowLabel}>
              {r.label}
            </text>
          )}
          {r.row.kind !== 'requests' && <rect x={plotX} y={r.y} width={plotWidth} height={Math.max(1, r.height - 1)} className={i % 2 ? styles.rowBg : styles.rowBgAlt} />}
        </g>
      ))}

      {layout.rows.map((r, i) => {
        const g = { x0: plotX, columnWidth, bottom: r.y + r.height - 1, height: r.height - 1 };
        if (r.row.kind === 'budget') {
          const source = timeline.sources[r.row.source];
          if (!source) return null;
          return (
            <g key={`d${i}`}>
              <path d={budgetPath(source.budgetMin, burst, g, limit)} className={styles.budget} />
              <path d={bandPath(blocked(r.row.source), g, undefined, limit)} fill={pattern('hatch')} />
            </g>
          );
        }
        if (r.row.kind === 'requests') {
          const o = OUTCOMES.find((o) => o.outcome === (r.row as { outcome: string }).outcome)!;
          const xs = binCounts(timeline.requests[o.outcome], bin, limit).map((b) => plotX + b.column * columnWidth);
          return <path key={`d${i}`} d={marksPath(o.shape, xs, r.y + r.height / 2, MARK_SIZE)} className={styles[`mark_${o.outcome}`]} data-outcome={o.outcome} data-marks={xs.length} />;
        }
        const lane = timeline.lanes[r.row.lane];
        if (!lane) return null;
        const bar = { ...g, height: Math.max(2, Math.min(4, r.height / 5)) };
        const body = { ...g, height: g.height - bar.height };
        const servedWaiting = addShares(lane.served, lane.waiting);
        return (
          <g key={`d${i}`}>
            <path d={bandPath(lane.served, body, undefined, limit)} className={styles.served} />
            <path d={bandPath(lane.waiting, body, lane.served, limit)} fill={pattern('waiting')} />
            <path d={bandPath(lane.failing, body, servedWaiting, limit)} fill={pattern('failing')} />
            <path d={bandPath(coverage[r.row.lane] ?? [], { ...bar, bottom: r.y + bar.height }, undefined, limit)} className={styles.token} />
          </g>
        );
      })}

      {/* Blocks shade the lanes of the blocked address; contiguous lanes of one source share a path. */}
      {groupBySource(laneRows, result).map((seg, i) => (
        <path key={`b${i}`} d={bandPath(blocked(seg.source), { x0: plotX, columnWidth, bottom: seg.bottom, height: seg.bottom - seg.top }, undefined, limit)} fill={pattern('hatch')} opacity={0.85} data-testid="block-shading" />
      ))}

      <g className={styles.axis}>
        <line x1={plotX} x2={plotX + plotWidth} y1={layout.axisY} y2={layout.axisY} />
        {ticks.map((t) => (
          <g key={t.t} transform={`translate(${x(t.t)},${layout.axisY})`}>
            <line y2="5" />
            <text y="17" textAnchor="middle">
              {t.label}
            </text>
          </g>
        ))}
      </g>
      {playHeadX !== null && <line className={styles.playHead} x1={playHeadX} x2={playHeadX} y1={0} y2={layout.axisY} />}
      {hoverX !== null && <line className={styles.hoverLine} x1={hoverX} x2={hoverX} y1={0} y2={layout.axisY} />}
    </svg>
  );
}

function groupBySource(rows: Layout['rows'], result: SimulationResult): { source: number; top: number; bottom: number }[] {
  const out: { source: number; top: number; bottom: number }[] = [];
  for (const r of rows) {
    if (r.row.kind !== 'lane') continue;
    const source = result.lanes[r.row.lane]?.source ?? 0;
    const last = out.at(-1);
    if (last && last.source === source && last.bottom === r.y) last.bottom = r.y + r.height;
    else out.push({ source, top: r.y, bottom: r.y + r.height });
  }
  return out;
}

export default memo(TimelineSvg);
