/** What a tooltip says about one column of an aggregated timeline, in words. */
import type { SimulationResult, Timeline } from '../simulator';
import { OUTCOMES, type RowKind } from './timelineLayout';
import { formatDuration } from '../time/duration';
import { formatCount, formatPercent } from './timeFormat';

export interface TooltipText {
  title: string;
  lines: string[];
}

export function describeColumn(timeline: Timeline, result: Pick<SimulationResult, 'lanes' | 'sources'>, column: number, row: RowKind | undefined): TooltipText {
  const c = Math.max(0, Math.min(timeline.columns - 1, Math.floor(column)));
  const start = timeline.from + c * timeline.columnMs;
  const title = `${formatDuration(start)} to ${formatDuration(start + timeline.columnMs)}`;
  const lines: string[] = [];
  const requestParts = OUTCOMES.map((o) => ({ o, n: timeline.requests[o.outcome][c] })).filter((x) => x.n > 0);
  lines.push(
    requestParts.length === 0
      ? 'No token requests.'
      : `Token requests: ${requestParts.map((x) => `${formatCount(Math.max(1, x.n))} ${x.o.label.toLowerCase()}`).join(', ')}.`,
  );
  const sourceIndex = row?.kind === 'budget' ? row.source : row?.kind === 'lane' ? (result.lanes[row.lane]?.source ?? 0) : 0;
  const source = timeline.sources[sourceIndex];
  if (source) {
    const name = result.sources.length > 1 ? ` (${result.sources[sourceIndex]})` : '';
    const blocked = source.blocked[c];
    lines.push(blocked > 0 ? `Address${name} blocked for ${formatPercent(Math.min(1, blocked))} of this time.` : `Address${name} not blocked.`);
    lines.push(`Lowest limiter budget: ${Math.floor(source.budgetMin[c] * 10) / 10} requests.`);
  }
  if (row?.kind === 'lane') {
    const lane = timeline.lanes[row.lane];
    const info = result.lanes[row.lane];
    if (lane && info) {
      const states = [
        ['served', lane.served[c]],
        ['waiting for a token', lane.waiting[c]],
        ['failing', lane.failing[c]],
      ] as const;
      const busy = states.filter(([, v]) => v > 0.0005);
      lines.push(
        `${info.label}: ` +
          (busy.length === 0 ? 'idle or not started.' : `${busy.map(([name, v]) => `${formatPercent(Math.min(1, v))} ${name}`).join(', ')}.`),
      );
      if (lane.calls[c] > 0) lines.push(`Zeebe calls in this time: ${formatCount(lane.calls[c])}.`);
    }
  }
  return { title, lines };
}
