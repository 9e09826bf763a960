/**
 * Where each row of the timeline goes: the limiter budget strips, the token-request rows (one per
 * outcome, each with its own mark shape) and the lanes. Lanes shrink when there are many; labels
 * are kept only where there is room to read them.
 */
import type { RequestOutcome, SimulationResult } from '../simulator';
import type { MarkShape } from './timelineShapes';

export const OUTCOMES: { outcome: RequestOutcome; label: string; shape: MarkShape }[] = [
  { outcome: 'issued', label: 'Issued (200)', shape: 'circle' },
  { outcome: 'rate_limited', label: 'Rate limited (429)', shape: 'cross' },
  { outcome: 'invalid_client', label: 'Refused (401)', shape: 'square' },
  { outcome: 'server_error', label: 'Server error (5xx)', shape: 'diamond' },
];

/** At most this many budget strips; runs with more source addresses show the first ones. */
const MAX_BUDGET_STRIPS = 4;

export type RowKind = { kind: 'budget'; source: number } | { kind: 'requests'; outcome: RequestOutcome } | { kind: 'lane'; lane: number };

export interface Row {
  row: RowKind;
  y: number;
  height: number;
  label: string | null;
}

export interface Layout {
  width: number;
  height: number;
  /** Left edge and width of the plot area (right of the labels). */
  plotX: number;
  plotWidth: number;
  axisY: number;
  rows: Row[];
  /** Top and bottom of the lanes (blocks are shaded over them). */
  lanesTop: number;
  lanesBottom: number;
}

const GUTTER = 140;
const RIGHT = 12;
const AXIS = 26;
const BUDGET_HEIGHT = 26;
const REQUEST_HEIGHT = 16;
const GAP = 8;
const LANES_MAX_HEIGHT = 420;
const LABEL_MIN_SPACING = 13;

export function computeLayout(result: Pick<SimulationResult, 'sources' | 'lanes'>, width: number): Layout {
  const narrow = width < 480;
  const gutter = narrow ? 96 : GUTTER;
  const plotWidth = Math.max(40, Math.floor(width - gutter - RIGHT));
  const rows: Row[] = [];
  let y = 4;
  const strips = Math.min(result.sources.length, MAX_BUDGET_STRIPS);
  for (let source = 0; source < strips; source++) {
    const name = result.sources.length > 1 ? `Budget, ${result.sources[source]}` : 'Limiter budget';
    rows.push({ row: { kind: 'budget', source }, y, height: BUDGET_HEIGHT, label: name });
    y += BUDGET_HEIGHT + 2;
  }
  y += GAP;
  for (const o of OUTCOMES) {
    rows.push({ row: { kind: 'requests', outcome: o.outcome }, y, height: REQUEST_HEIGHT, label: o.label });
    y += REQUEST_HEIGHT;
  }
  y += GAP;
  const lanesTop = y;
  const n = result.lanes.length;
  const laneHeight = n === 0 ? 0 : Math.max(4, Math.min(26, Math.floor(LANES_MAX_HEIGHT / n)));
  let lastLabelY = -Infinity;
  result.lanes.forEach((lane, i) => {
    const showLabel = y - lastLabelY >= LABEL_MIN_SPACING;
    if (showLabel) lastLabelY = y;
    rows.push({ row: { kind: 'lane', lane: i }, y, height: laneHeight, label: showLabel ? shortenLabel(lane.label, Math.floor((gutter - 10) / 7)) : null });
    y += laneHeight;
  });
  const lanesBottom = y;
  return { width, height: y + AXIS + 4, plotX: gutter, plotWidth, axisY: y + 2, rows, lanesTop, lanesBottom };
}

/** A label cut to `max` characters with an ellipsis, so it fits the gutter (the tooltip has it whole). */
export function shortenLabel(label: string, max: number): string {
  return label.length <= max ? label : `${label.slice(0, Math.max(1, max - 1))}…`;
}

/** The row under a y coordinate, if any. */
export function rowAt(layout: Layout, y: number): Row | undefined {
  return layout.rows.find((r) => y >= r.y && y < r.y + r.height);
}
