/**
 * What a simulation run is made of: the client fleet, its workload, the auth service and the
 * caching strategy. `resolveScenario` fills defaults and validates, so the engine only ever sees
 * sensible settings and a UI gets messages that say what to change.
 */
import { DEFAULT_RATE_LIMIT, type RateLimiterOptions } from '../authServer/rateLimiter';
import {
  DEFAULT_REFRESH,
  DEFAULT_RETRY,
  DEFAULT_STRATEGY,
  type CacheScope,
  type RefreshPolicy,
  type RetryPolicy,
  type Strategy,
} from './strategies';

export type ArrivalPattern =
  | { kind: 'steady' }
  | { kind: 'poisson' }
  /** Calls only during bursts of `burstMs` every `periodMs`, at a rate that keeps the same mean. */
  | { kind: 'bursts'; periodMs: number; burstMs: number };

/** All processes restart (losing memory caches) at these times, spread over `spreadMs`. */
interface RestartPlan {
  atMs: number[];
  spreadMs: number;
}

/** Extra processes configured with a wrong client secret: every request they make is refused. */
export interface WrongSecretClients {
  processes: number;
  workersPerProcess: number;
  startMs: number;
  /** Index of the source address they share (0-based). */
  sourceIndex: number;
  retry: RetryPolicy;
}

export interface Scenario {
  durationMs: number;
  processes: number;
  workersPerProcess: number;
  /** Zeebe calls per second made by each worker. */
  callsPerSecond: number;
  arrival: ArrivalPattern;
  /** Processes are spread round-robin over this many source addresses (one machine each). */
  sourceAddresses: number;
  /** Processes start at random moments within this window from t = 0. */
  startSpreadMs: number;
  restarts: RestartPlan;
  /** One token per audience is needed; calls are split evenly between them. */
  audiences: string[];
  tokenLifetimeMs: number;
  /** Round trip of a token request. */
  authLatencyMs: number;
  /** Share of token requests (within the limit) that fail with a 5xx. */
  authServerErrorRate: number;
  /** Extra delay of every 401 after the first for the same credentials (the service slows them). */
  invalidClientDelayMs: number;
  /** Round trip of a Zeebe call (how long an expired token takes to be refused with 401). */
  zeebeLatencyMs: number;
  /** A call that waits longer than this for a token fails. */
  callTimeoutMs: number;
  rateLimit: RateLimiterOptions;
  strategy: Strategy;
  wrongSecret: WrongSecretClients | null;
}

export type DeepPartial<T> = T extends (infer U)[] ? U[] : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;
export type ScenarioInput = DeepPartial<Scenario>;

export const DEFAULT_SCENARIO: Scenario = {
  durationMs: 3_600_000,
  processes: 4,
  workersPerProcess: 8,
  callsPerSecond: 2,
  arrival: { kind: 'steady' },
  sourceAddresses: 1,
  startSpreadMs: 0,
  restarts: { atMs: [], spreadMs: 0 },
  audiences: ['zeebe.camunda.io'],
  tokenLifetimeMs: 86_400_000,
  authLatencyMs: 150,
  authServerErrorRate: 0,
  invalidClientDelayMs: 30_000,
  zeebeLatencyMs: 20,
  callTimeoutMs: 10_000,
  rateLimit: DEFAULT_RATE_LIMIT,
  strategy: DEFAULT_STRATEGY,
  wrongSecret: null,
};

export const DEFAULT_WRONG_SECRET: WrongSecretClients = {
  processes: 1,
  workersPerProcess: 20,
  startMs: 0,
  sourceIndex: 0,
  retry: DEFAULT_RETRY.immediate,
};

/** Upper bounds that keep a run inside a browser tab's budget. */
const LIMITS = {
  durationMs: 7 * 86_400_000,
  totalWorkers: 100_000,
  callsPerSecond: 100_000,
  sourceAddresses: 1_000,
};

const SCALAR_KEYS = [
  'durationMs', 'processes', 'workersPerProcess', 'callsPerSecond', 'sourceAddresses', 'startSpreadMs', 'tokenLifetimeMs',
  'authLatencyMs', 'authServerErrorRate', 'invalidClientDelayMs', 'zeebeLatencyMs', 'callTimeoutMs',
] as const satisfies readonly (keyof Scenario)[];
const KNOWN_KEYS = new Set<string>(Object.keys(DEFAULT_SCENARIO));

export interface ScenarioIssue {
  path: string;
  message: string;
}

export class SimulatorError extends Error {
  readonly code: 'ERR_SIM_INVALID_SCENARIO';
  readonly issues: ScenarioIssue[];
  constructor(issues: ScenarioIssue[]) {
    super(`Invalid simulation scenario: ${issues.map((i) => `${i.path}: ${i.message}`).join(' ')}`);
    this.name = 'SimulatorError';
    this.code = 'ERR_SIM_INVALID_SCENARIO';
    this.issues = issues;
  }
}

export type ScenarioCheck = { ok: true; scenario: Scenario } | { ok: false; issues: ScenarioIssue[] };

/** Fill defaults into a partial scenario and validate it, without throwing. */
export function checkScenario(input: ScenarioInput | undefined | null): ScenarioCheck {
  const issues: ScenarioIssue[] = [];
  if (input !== undefined && input !== null && (typeof input !== 'object' || Array.isArray(input))) {
    return { ok: false, issues: [{ path: '(scenario)', message: 'A scenario must be an object of settings.' }] };
  }
  const scenario = mergeScenario(input ?? {}, issues);
  if (issues.length === 0) validateScenario(scenario, issues);
  return issues.length === 0 ? { ok: true, scenario } : { ok: false, issues };
}

/** Like `checkScenario`, but throws a `SimulatorError` (code ERR_SIM_INVALID_SCENARIO) listing every problem. */
export function resolveScenario(input?: ScenarioInput | null): Scenario {
  const check = checkScenario(input);
  if (!check.ok) throw new SimulatorError(check.issues);
  return check.scenario;
}

function mergeScenario(input: ScenarioInput, issues: ScenarioIssue[]): Scenario {
  const d = DEFAULT_SCENARIO;
  const s = input.strategy ?? {};
  const wrong = input.wrongSecret;
  const arrival = mergeArrival(input.arrival, issues);
  // Copy only known settings: anything else (a stray secret, a typo) never reaches the engine or a link.
  const picked: Partial<Scenario> = {};
  for (const key of SCALAR_KEYS) {
    if (input[key] !== undefined) (picked as Record<string, unknown>)[key] = input[key];
  }
  for (const key of Object.keys(input)) {
    if (!KNOWN_KEYS.has(key)) issues.push({ path: key, message: `Unknown setting "${key}"; remove it (known: ${[...KNOWN_KEYS].join(', ')}).` });
  }
  return {
    ...d,
    ...picked,
    arrival,
    restarts: { ...d.restarts, ...pickKnown(input.restarts, d.restarts) },
    audiences: (input.audiences as string[] | undefined) ?? d.audiences,
    rateLimit: { ...d.rateLimit, ...pickKnown(input.rateLimit, d.rateLimit) },
    strategy: {
      cache: (s.cache as CacheScope | undefined) ?? DEFAULT_STRATEGY.cache,
      dedupe: s.dedupe ?? DEFAULT_STRATEGY.dedupe,
      refresh: mergeMode(s.refresh, DEFAULT_REFRESH, DEFAULT_STRATEGY.refresh, 'strategy.refresh', issues),
      onFailure: mergeMode(s.onFailure, DEFAULT_RETRY, DEFAULT_STRATEGY.onFailure, 'strategy.onFailure', issues),
    },
    wrongSecret:
      wrong === null || wrong === undefined
        ? null
        : {
            ...DEFAULT_WRONG_SECRET,
            ...pickKnown(wrong, DEFAULT_WRONG_SECRET),
            retry: mergeMode(wrong.retry, DEFAULT_RETRY, DEFAULT_WRONG_SECRET.retry, 'wrongSecret.retry', issues),
          },
  };
}

function mergeArrival(input: DeepPartial<ArrivalPattern> | undefined, issues: ScenarioIssue[]): ArrivalPattern {
  if (input === undefined) return DEFAULT_SCENARIO.arrival;
  const kind = (input as { kind?: string }).kind ?? 'steady';
  if (kind === 'steady' || kind === 'poisson') return { kind };
  if (kind === 'bursts') {
    const base = { kind, periodMs: 60_000, burstMs: 5_000 } as const;
    return { ...base, ...pickKnown(input, base), kind };
  }
  issues.push({ path: 'arrival.kind', message: `Unknown arrival pattern "${kind}"; use steady, poisson or bursts.` });
  return DEFAULT_SCENARIO.arrival;
}

function mergeMode<T extends { mode: string }>(
  input: DeepPartial<T> | undefined,
  defaults: Record<string, T>,
  fallback: T,
  path: string,
  issues: ScenarioIssue[],
): T {
  if (input === undefined) return fallback;
  const mode = (input as { mode?: string }).mode ?? fallback.mode;
  const base = defaults[mode];
  if (!base) {
    issues.push({ path: `${path}.mode`, message: `Unknown mode "${mode}"; use one of ${Object.keys(defaults).join(', ')}.` });
    return fallback;
  }
  return { ...base, ...pickKnown(input, base), mode } as T;
}

/** Copy the keys of `input` that `template` has; the rest is dropped. */
function pickKnown<T extends object>(input: unknown, template: T): Partial<T> {
  const out: Partial<T> = {};
  if (!input || typeof input !== 'object') return out;
  for (const key of Object.keys(template) as (keyof T)[]) {
    const value = (input as T)[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

function validateScenario(s: Scenario, issues: ScenarioIssue[]): void {
  const num = (path: string, value: unknown, min: number, max: number, unit: string, integer = false) => {
    const ok = typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max && (!integer || Number.isInteger(value));
    if (!ok) {
      const kind = integer ? 'a whole number' : 'a number';
      issues.push({ path, message: `must be ${kind} from ${min} to ${max}${unit ? ` ${unit}` : ''}; got ${JSON.stringify(value) ?? String(value)}.` });
    }
    return ok;
  };
  num('durationMs', s.durationMs, 1_000, LIMITS.durationMs, 'ms (at least 1 s, at most 7 days)');
  const p = num('processes', s.processes, 1, LIMITS.totalWorkers, '', true);
  const w = num('workersPerProcess', s.workersPerProcess, 1, LIMITS.totalWorkers, '', true);
  if (p && w && s.processes * s.workersPerProcess > LIMITS.totalWorkers) {
    issues.push({ path: 'workersPerProcess', message: `processes × workersPerProcess must stay at or below ${LIMITS.totalWorkers}; got ${s.processes * s.workersPerProcess}. Lower either.` });
  }
  num('callsPerSecond', s.callsPerSecond, 0, LIMITS.callsPerSecond, 'calls per second per worker');
  if (s.arrival.kind === 'bursts') {
    num('arrival.periodMs', s.arrival.periodMs, 1, LIMITS.durationMs, 'ms');
    if (num('arrival.burstMs', s.arrival.burstMs, 1, LIMITS.durationMs, 'ms') && s.arrival.burstMs > s.arrival.periodMs) {
      issues.push({ path: 'arrival.burstMs', message: `must not be longer than arrival.periodMs (${s.arrival.periodMs} ms); got ${s.arrival.burstMs}.` });
    }
  }
  num('sourceAddresses', s.sourceAddresses, 1, LIMITS.sourceAddresses, '', true);
  num('startSpreadMs', s.startSpreadMs, 0, LIMITS.durationMs, 'ms');
  if (!Array.isArray(s.restarts.atMs)) issues.push({ path: 'restarts.atMs', message: 'must be a list of times in ms, e.g. [600000].' });
  else s.restarts.atMs.forEach((t, i) => num(`restarts.atMs[${i}]`, t, 0, LIMITS.durationMs, 'ms'));
  num('restarts.spreadMs', s.restarts.spreadMs, 0, LIMITS.durationMs, 'ms');
  if (!Array.isArray(s.audiences) || s.audiences.length === 0 || s.audiences.some((a) => typeof a !== 'string' || a.trim() === '')) {
    issues.push({ path: 'audiences', message: 'must list at least one audience, e.g. ["zeebe.camunda.io"].' });
  } else if (new Set(s.audiences).size !== s.audiences.length) {
    issues.push({ path: 'audiences', message: 'lists an audience twice; each audience needs one token, list it once.' });
  }
  num('tokenLifetimeMs', s.tokenLifetimeMs, 1_000, 30 * 86_400_000, 'ms (Camunda issues 86400000, 24 h)');
  num('authLatencyMs', s.authLatencyMs, 1, 600_000, 'ms (a round trip cannot take zero time)');
  num('authServerErrorRate', s.authServerErrorRate, 0, 1, '(a share, 0 to 1)');
  num('invalidClientDelayMs', s.invalidClientDelayMs, 0, 600_000, 'ms');
  num('zeebeLatencyMs', s.zeebeLatencyMs, 0, 600_000, 'ms');
  num('callTimeoutMs', s.callTimeoutMs, 1, 3_600_000, 'ms');
  num('rateLimit.ratePerSecond', s.rateLimit.ratePerSecond, 0.001, 10_000, 'requests per second');
  num('rateLimit.burst', s.rateLimit.burst, 1, 1_000_000, '');
  num('rateLimit.blockMs', s.rateLimit.blockMs, 1_000, 86_400_000, 'ms (past the limit the service blocks for a while; the mock uses 60000)');
  validateStrategy(s.strategy, 'strategy', issues, num);
  if (s.strategy.refresh.mode === 'ahead' && s.strategy.refresh.marginMs + s.strategy.refresh.jitterMs >= s.tokenLifetimeMs) {
    issues.push({
      path: 'strategy.refresh.marginMs',
      message: `marginMs + jitterMs must be shorter than tokenLifetimeMs (${s.tokenLifetimeMs} ms), or every token is stale on arrival; got ${s.strategy.refresh.marginMs + s.strategy.refresh.jitterMs}.`,
    });
  }
  if (s.wrongSecret) {
    const ws = s.wrongSecret;
    num('wrongSecret.processes', ws.processes, 1, 1_000, '', true);
    num('wrongSecret.workersPerProcess', ws.workersPerProcess, 1, 1_000, '', true);
    num('wrongSecret.startMs', ws.startMs, 0, LIMITS.durationMs, 'ms');
    if (num('wrongSecret.sourceIndex', ws.sourceIndex, 0, LIMITS.sourceAddresses, '', true) && ws.sourceIndex >= s.sourceAddresses) {
      issues.push({ path: 'wrongSecret.sourceIndex', message: `must be below sourceAddresses (${s.sourceAddresses}); got ${ws.sourceIndex}.` });
    }
    validateRetry(ws.retry, 'wrongSecret.retry', num);
  }
}

type NumCheck = (path: string, value: unknown, min: number, max: number, unit: string, integer?: boolean) => boolean;

function validateStrategy(st: Strategy, path: string, issues: ScenarioIssue[], num: NumCheck): void {
  const scopes: CacheScope[] = ['none', 'worker', 'process', 'disk', 'contestedFile'];
  if (!scopes.includes(st.cache)) issues.push({ path: `${path}.cache`, message: `Unknown cache "${String(st.cache)}"; use one of ${scopes.join(', ')}.` });
  if (typeof st.dedupe !== 'boolean') issues.push({ path: `${path}.dedupe`, message: 'must be true or false.' });
  const r: RefreshPolicy = st.refresh;
  if (r.mode === 'ahead') {
    num(`${path}.refresh.marginMs`, r.marginMs, 0, 86_400_000, 'ms');
    num(`${path}.refresh.jitterMs`, r.jitterMs, 0, 86_400_000, 'ms');
  }
  validateRetry(st.onFailure, `${path}.onFailure`, num);
}

function validateRetry(r: RetryPolicy, path: string, num: NumCheck): void {
  if (r.mode === 'backoff' || r.mode === 'retryAfter') {
    num(`${path}.baseMs`, r.baseMs, 1, 3_600_000, 'ms');
    num(`${path}.maxMs`, r.maxMs, r.baseMs > 0 ? r.baseMs : 1, 3_600_000, 'ms (at least baseMs)');
  }
  if (r.mode === 'backoff') num(`${path}.jitter`, r.jitter, 0, 1, '(a share, 0 to 1)');
  if (r.mode === 'retryAfter') num(`${path}.jitterMs`, r.jitterMs, 0, 3_600_000, 'ms');
}
