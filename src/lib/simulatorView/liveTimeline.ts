/**
 * Turns the in-page mock server's event stream into the simulator's result shape, so the
 * playground's token requests are drawn by the same timeline as a simulated run: one lane per
 * client id, a mark per token request, a shaded block while the source is refused, the
 * limiter's budget, and the validity of each token issued.
 */
import type { AuthServerEvent, RequestOutcome as MockOutcome } from '../authServer/events';
import type { RateLimiterOptions } from '../authServer/rateLimiter';
import { DEFAULT_SCENARIO } from '../simulator/scenario';
import type { ApiEvent } from '../clusterApi/apiEvents';
import type { BlockRecord, BudgetSample, LaneInfo, RequestOutcome, SimulationResult, Span, TokenRecord, TokenRequestRecord } from '../simulator';

/** Beyond this many client ids the rest share one lane. */
export const MAX_LIVE_LANES = 6;
/** Oldest requests are dropped past this many (a script hammering the mock must not grow the page forever). */
const MAX_LIVE_REQUESTS = 5_000;
const OTHER_LANE = 'other-clients';

export interface LiveLog {
  /** Clock time (ms) that is t = 0 on the timeline: when watching started. */
  origin: number;
  sources: string[];
  lanes: LaneInfo[];
  requests: TokenRequestRecord[];
  blocks: BlockRecord[];
  budget: BudgetSample[];
  tokens: TokenRecord[];
  /** API calls to the mock cluster, drawn as short spans on their client's lane. */
  spans: Span[];
  /** Running totals (the request list may drop its oldest entries; these never do). */
  counts: { requests: number; issued: number; rateLimited: number; refused: number; serverErrors: number; calls: number; failedCalls: number };
}

export function createLiveLog(origin: number): LiveLog {
  return { origin, sources: [], lanes: [], requests: [], blocks: [], budget: [], tokens: [], spans: [], counts: { requests: 0, issued: 0, rateLimited: 0, refused: 0, serverErrors: 0, calls: 0, failedCalls: 0 } };
}

/**
 * The timeline's four outcomes: the mock's other refusals (bad request, wrong scope or audience)
 * are client errors like a wrong secret, and a maintenance 503 is a server error. Null for
 * answers that are not token decisions (405 for a wrong method).
 */
export function mapMockOutcome(outcome: MockOutcome): RequestOutcome | null {
  switch (outcome) {
    case 'issued':
      return 'issued';
    case 'rate_limited':
      return 'rate_limited';
    case 'server_error':
    case 'maintenance':
      return 'server_error';
    case 'invalid_client':
    case 'invalid_request':
    case 'unsupported_grant_type':
    case 'invalid_scope':
    case 'access_denied':
      return 'invalid_client';
    default:
      return null;
  }
}

/** A lane label that shows enough of a client id to tell clients apart (ids are not secret). */
export function laneLabelFor(clientId: string | null): string {
  if (!clientId) return 'Unreadable request';
  return clientId.length > 14 ? `Client ${clientId.slice(0, 12)}…` : `Client ${clientId}`;
}

/** Add one mock event; returns a new log (the old one is left as it was) or the same log when the event is not a token decision. */
export function addMockEvent(log: LiveLog, event: AuthServerEvent, tokenLifetimeMs: number): LiveLog {
  if (event.kind !== 'token') return log;
  const outcome = mapMockOutcome(event.outcome);
  if (!outcome) return log;
  const t = Math.max(0, event.time - log.origin);

  let sources = log.sources;
  let source = sources.indexOf(event.source);
  if (source < 0) {
    sources = [...sources, event.source];
    source = sources.length - 1;
  }

  let lanes = log.lanes;
  const wantedId = event.clientId ? `client:${event.clientId}` : 'client:?';
  let lane = lanes.find((l) => l.id === wantedId);
  if (!lane) {
    // Up to MAX_LIVE_LANES - 1 clients get a lane each; the rest share the last one.
    const own = lanes.filter((l) => l.id !== OTHER_LANE).length < MAX_LIVE_LANES - 1;
    lane = own ? undefined : lanes.find((l) => l.id === OTHER_LANE);
    if (!lane) {
      lane = own
        ? { id: wantedId, label: laneLabelFor(event.clientId), process: lanes.length, workers: 1, source, wrongSecret: false }
        : { id: OTHER_LANE, label: 'Other clients', process: lanes.length, workers: 1, source, wrongSecret: false };
      lanes = [...lanes, lane];
    }
  }

  const request: TokenRequestRecord = { t, process: lane.process, source, unit: lane.id, outcome, audience: event.audience ?? '' };
  const requests = log.requests.length >= MAX_LIVE_REQUESTS ? [...log.requests.slice(1), request] : [...log.requests, request];

  let blocks = log.blocks;
  let budget = log.budget;
  const until = event.limiter.blockedUntil;
  const last = [...blocks].reverse().find((b) => b.source === source);
  const newBlock = until !== null && !(last && last.end === until - log.origin);
  if (newBlock) blocks = [...blocks, { source, start: t, end: until - log.origin }];
  // During a block the limiter reports 0 but keeps refilling; one sample at the block's start lets
  // the timeline interpolate the refill correctly, later ones would understate it.
  if (until === null || newBlock) budget = [...budget, { t, source, budget: until === null ? event.limiter.budget : 0 }];

  let tokens = log.tokens;
  if (outcome === 'issued') {
    const receivedAt = t + Math.max(0, event.latencyMs);
    tokens = [...tokens, { id: `live-${log.counts.issued + 1}`, unit: lane.id, process: lane.process, lanes: [lane.id], audience: event.audience ?? '', issuedAt: t, receivedAt, expiresAt: t + tokenLifetimeMs }];
  }

  const c = log.counts;
  const counts = {
    ...c,
    requests: c.requests + 1,
    issued: c.issued + (outcome === 'issued' ? 1 : 0),
    rateLimited: c.rateLimited + (outcome === 'rate_limited' ? 1 : 0),
    refused: c.refused + (outcome === 'invalid_client' ? 1 : 0),
    serverErrors: c.serverErrors + (outcome === 'server_error' ? 1 : 0),
  };
  return { ...log, sources, lanes, requests, blocks, budget, tokens, counts };
}

/** How wide a call is drawn: calls are instants, and a visible mark needs some width. */
const API_CALL_SPAN_MS = 400;

/**
 * Add one API call of the mock cluster as a span on its client's lane (served for 2xx, failing
 * otherwise). A call from a client with no token request on this page has no lane and is only counted.
 */
export function addApiEvent(log: LiveLog, event: ApiEvent): LiveLog {
  const t = Math.max(0, event.time - log.origin);
  const failed = event.status < 200 || event.status >= 300;
  const counts = { ...log.counts, calls: log.counts.calls + 1, failedCalls: log.counts.failedCalls + (failed ? 1 : 0) };
  const lane = log.lanes.find((l) => l.id === `client:${event.clientId ?? '?'}`) ?? log.lanes.find((l) => l.id === OTHER_LANE && event.clientId !== null);
  if (!lane) return { ...log, counts };
  const span: Span = { lane: lane.id, unit: lane.id, audience: 'zeebe.camunda.io', start: t, end: t + API_CALL_SPAN_MS, state: failed ? 'failing' : 'served', workers: 1, calls: 1 };
  const spans = log.spans.length >= MAX_LIVE_REQUESTS ? [...log.spans.slice(1), span] : [...log.spans, span];
  return { ...log, spans, counts };
}

/**
 * The log as a simulation result up to `now` (clock ms), for the timeline component. The drawn
 * span is at least `minDurationMs`, so the first seconds do not fill the whole width.
 */
export function liveResult(log: LiveLog, now: number, rateLimit: RateLimiterOptions, tokenLifetimeMs: number, minDurationMs = 1_000): SimulationResult {
  const elapsed = Math.max(0, now - log.origin);
  const durationMs = Math.max(minDurationMs, 1, elapsed);
  const blockedMs = log.blocks.reduce((sum, b) => sum + Math.max(0, Math.min(b.end, elapsed) - b.start), 0);
  return {
    scenario: { ...DEFAULT_SCENARIO, durationMs, rateLimit, tokenLifetimeMs, processes: Math.max(1, log.lanes.length), workersPerProcess: 1 },
    seed: 0,
    durationMs,
    sources: log.sources.length > 0 ? log.sources : ['browser'],
    lanes: log.lanes,
    units: [],
    tokenRequests: log.requests,
    spans: log.spans,
    blocks: log.blocks,
    tokens: log.tokens,
    limiterBudget: log.budget,
    summary: {
      tokenRequests: log.counts.requests,
      rateLimited: log.counts.rateLimited,
      invalidClient: log.counts.refused,
      serverErrors: log.counts.serverErrors,
      tokensIssued: log.counts.issued,
      timeBlockedMs: blockedMs,
      blocks: log.blocks.length,
      calls: log.counts.calls,
      servedCalls: log.counts.calls - log.counts.failedCalls,
      failedCalls: log.counts.failedCalls,
      pendingCalls: 0,
      addedLatencyP50Ms: 0,
      addedLatencyP99Ms: 0,
      addedLatencyMeanMs: 0,
    },
    truncated: { lists: [], stoppedAtMs: null },
    events: log.counts.requests,
  };
}
