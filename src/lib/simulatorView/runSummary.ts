/**
 * A run's summary in words and as labelled figures: what a screen reader hears instead of the
 * picture, and what everyone sees under it.
 */
import type { SimulationResult } from '../simulator';
import { formatDuration } from '../time/duration';
import { formatCount, formatPercent } from './timeFormat';

export interface Figure {
  id: string;
  label: string;
  value: string;
}

/** The figures shown under a timeline, formatted; ids are stable for tests. */
export function summaryFigures(result: SimulationResult): Figure[] {
  const s = result.summary;
  const figures: Figure[] = [
    { id: 'tokenRequests', label: 'Token requests', value: formatCount(s.tokenRequests) },
    { id: 'rateLimited', label: 'Answered 429', value: formatCount(s.rateLimited) },
    { id: 'tokensIssued', label: 'Tokens issued', value: formatCount(s.tokensIssued) },
    { id: 'blocks', label: 'Blocks', value: formatCount(s.blocks) },
    { id: 'timeBlocked', label: 'Time blocked', value: formatDuration(s.timeBlockedMs) },
  ];
  if (s.invalidClient > 0) figures.push({ id: 'invalidClient', label: 'Refused 401', value: formatCount(s.invalidClient) });
  if (s.serverErrors > 0) figures.push({ id: 'serverErrors', label: 'Server errors', value: formatCount(s.serverErrors) });
  if (s.calls > 0) {
    figures.push(
      { id: 'calls', label: 'Zeebe calls', value: formatCount(s.calls) },
      { id: 'failedCalls', label: 'Calls failed (no token in time)', value: `${formatCount(s.failedCalls)} (${formatPercent(s.failedCalls / s.calls)})` },
      { id: 'latencyP50', label: 'Added latency, p50', value: formatDuration(s.addedLatencyP50Ms) },
      { id: 'latencyP99', label: 'Added latency, p99', value: formatDuration(s.addedLatencyP99Ms) },
    );
  }
  return figures;
}

/** One paragraph describing the run, for assistive technology. */
export function describeRun(result: SimulationResult): string {
  const s = result.summary;
  const lanes = result.lanes.length;
  const parts = [
    `Over ${formatDuration(result.durationMs)}, ${lanes === 1 ? 'one lane' : `${lanes} lanes`} of clients made ${formatCount(s.tokenRequests)} token requests:`,
    `${formatCount(s.tokensIssued)} issued a token, ${formatCount(s.rateLimited)} were answered 429 (rate limited)` +
      (s.invalidClient > 0 ? `, ${formatCount(s.invalidClient)} were refused for bad credentials` : '') +
      (s.serverErrors > 0 ? `, ${formatCount(s.serverErrors)} failed with a server error` : '') +
      '.',
    s.blocks === 0
      ? 'The address was never blocked.'
      : `The address was blocked ${s.blocks === 1 ? 'once' : `${formatCount(s.blocks)} times`}, for ${formatDuration(s.timeBlockedMs)} in total (${formatPercent(s.timeBlockedMs / result.durationMs)} of the time).`,
  ];
  if (s.calls > 0) {
    parts.push(
      `Of ${formatCount(s.calls)} Zeebe calls, ${formatPercent(s.servedCalls / s.calls)} were served and ${formatPercent(s.failedCalls / s.calls)} failed waiting for a token.`,
    );
  }
  if (result.truncated.stoppedAtMs !== null) parts.push(`The run stopped early at ${formatDuration(result.truncated.stoppedAtMs)} because it grew too large.`);
  return parts.join(' ');
}
