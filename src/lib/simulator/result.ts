/** The shape of a simulation run's output, as the timeline and the summary read it. */
import type { Scenario } from './scenario';

export type RequestOutcome = 'issued' | 'rate_limited' | 'invalid_client' | 'server_error';
export type SpanState = 'served' | 'waiting' | 'failing';

export interface TokenRequestRecord {
  /** When the request reached the auth service (ms). */
  t: number;
  process: number;
  /** Set when the request was made by one worker (per-worker and per-call strategies, or a racing worker). */
  worker?: number;
  /** Source address index (see `result.sources`). */
  source: number;
  unit: string;
  outcome: RequestOutcome;
  audience: string;
  tokenId?: string;
  /**
   * Refused requests sent while the source was blocked are summarised: `count` requests from `t`
   * to `end`. The limiter refuses every one of them and none changes its state, so they are
   * counted arithmetically instead of one by one. Absent means 1.
   */
  count?: number;
  end?: number;
}

export interface Span {
  lane: string;
  /** The cache (see `result.units`) whose token served these calls; '*' when merged from several. */
  unit: string;
  audience: string;
  start: number;
  end: number;
  state: SpanState;
  /** How many of the lane's workers were in this state (lanes may group many workers). */
  workers: number;
  /** Calls made in the span (a share of them when there are several audiences). */
  calls: number;
  /** Waiting at the end of the run: the outcome of these calls is unknown. */
  pending?: boolean;
}

export interface BlockRecord {
  source: number;
  start: number;
  end: number;
}

export type DiscardReason = 'replaced' | 'restart' | 'overwritten' | 'used' | 'lost';

export interface TokenRecord {
  id: string;
  unit: string;
  process: number | null;
  lanes: string[];
  audience: string;
  /** Server time of issue; `exp` is `issuedAt + tokenLifetimeMs`. */
  issuedAt: number;
  /** When the client had it (after the round trip); it may use the token from here to `expiresAt`. */
  receivedAt: number;
  expiresAt: number;
  discardedAt?: number;
  discardReason?: DiscardReason;
}

export interface BudgetSample {
  t: number;
  source: number;
  /** Requests that could be made at `t` without a block; 0 while blocked. Refills linearly between samples. */
  budget: number;
}

export interface LaneInfo {
  id: string;
  label: string;
  process: number;
  /** Set when the lane is a single worker. */
  worker?: number;
  /** Workers drawn in this lane. */
  workers: number;
  source: number;
  /** Processes with the wrong secret. */
  wrongSecret: boolean;
  /** For `contestedFile`: which of the two tools. */
  tool?: 'A' | 'B';
}

export interface UnitInfo {
  id: string;
  label: string;
  scope: string;
  audience: string;
  source: number;
  lanes: string[];
}

interface Summary {
  /** Every token request, including those summarised during blocks. */
  tokenRequests: number;
  /** Requests answered 429. */
  rateLimited: number;
  invalidClient: number;
  serverErrors: number;
  tokensIssued: number;
  /** Time any source was blocked (sum over sources), within the run. */
  timeBlockedMs: number;
  blocks: number;
  /** Calls by the correctly configured fleet (wrong-secret processes make none that count). */
  calls: number;
  servedCalls: number;
  /** Calls that waited longer than callTimeoutMs for a token. */
  failedCalls: number;
  /** Calls still waiting for a token when the run ended. */
  pendingCalls: number;
  /** Latency token fetching added to served calls (0 for a call that found a valid token). */
  addedLatencyP50Ms: number;
  addedLatencyP99Ms: number;
  addedLatencyMeanMs: number;
}

interface Truncation {
  /** Lists that stopped recording at the cap (the summary still counts everything). */
  lists: string[];
  /** Set when the run hit the engine's event cap and stopped early (ms). */
  stoppedAtMs: number | null;
}

export interface SimulationResult {
  scenario: Scenario;
  seed: number;
  durationMs: number;
  sources: string[];
  lanes: LaneInfo[];
  units: UnitInfo[];
  tokenRequests: TokenRequestRecord[];
  spans: Span[];
  blocks: BlockRecord[];
  tokens: TokenRecord[];
  limiterBudget: BudgetSample[];
  summary: Summary;
  truncated: Truncation;
  /** Engine events processed (a measure of cost). */
  events: number;
}
