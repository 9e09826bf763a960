import { formatDuration, formatLifetime } from '../time/duration';
import type { TokenProblem } from './problems';

/** Camunda SaaS access tokens live 24 hours (`expires_in: 86400`, `exp - iat = 86400`). */
const CAMUNDA_TOKEN_LIFETIME_SECONDS = 86_400;

/**
 * A NumericDate above this is almost certainly milliseconds: 1e11 seconds is the year 5138, while
 * 1e11 milliseconds is 1973, so real dates written in milliseconds are all far above it.
 */
const MILLISECONDS_THRESHOLD = 1e11;

/**
 * How long before `exp` the official clients fetch a new token, with the versions each holds for and
 * the fact (in `src/lib/clientFacts`) that names its source. A margin of 0 means "once it has expired".
 */
export const CLIENT_REFRESH_MARGINS = [
  { client: 'pyzeebe 4.x', marginSeconds: 60, factId: 'python-refresh' },
  { client: 'Java client (releases from 2026)', marginSeconds: 30, factId: 'java-refresh-2026' },
  { client: 'Go client and zbctl', marginSeconds: 10, factId: 'go-refresh' },
  { client: 'Node.js SDK 8.6+', marginSeconds: 1, factId: 'node-refresh' },
  { client: 'Java client 8.6 to 8.8, C# zb-client', marginSeconds: 0, factId: 'java-refresh-released' },
] as const;

export type TimeClaim = 'exp' | 'iat' | 'nbf' | 'auth_time';
export const TIME_CLAIMS: readonly TimeClaim[] = ['exp', 'iat', 'nbf', 'auth_time'];

interface TimeClaimReading {
  claim: TimeClaim;
  raw: unknown;
  /** Seconds since 1970-01-01 UTC, when the claim is a usable number. */
  seconds?: number;
  /** For local-time display with Intl.DateTimeFormat. */
  date?: Date;
  /** ISO 8601 in UTC, e.g. `2025-03-12T07:04:17Z`. */
  iso?: string;
  /** Positive when the moment lies ahead of `now`. */
  msFromNow?: number;
  /** E.g. "expires in 23 h 59 min", "issued 3 s ago". */
  relative?: string;
  problems: TokenProblem[];
}

type TokenTimeState = 'valid' | 'expired' | 'not-yet-valid' | 'no-expiry';

interface RefreshPoint {
  client: string;
  marginSeconds: number;
  /** The client fact (with versions and source) behind this point. */
  factId: string;
  /** Epoch milliseconds at which that client would ask for a new token. */
  refreshAt: number;
  relative: string;
}

export interface TokenTimeAnalysis {
  state: TokenTimeState;
  /** One sentence for a status line, e.g. "Valid: expires in 23 h 59 min". */
  stateText: string;
  /** Only the time claims present in the payload. */
  claims: Partial<Record<TimeClaim, TimeClaimReading>>;
  /** `exp - iat` in seconds. */
  lifetimeSeconds?: number;
  lifetimeComparison?: 'same-as-camunda' | 'shorter-than-camunda' | 'longer-than-camunda';
  lifetimeText?: string;
  /** Share of the lifetime already used, clamped to 0..1 (for a progress bar). */
  fractionUsed?: number;
  /** Milliseconds until `exp` (negative once expired). */
  msUntilExpiry?: number;
  refreshSchedule: RefreshPoint[];
  /** All problems, including those of each claim. */
  problems: TokenProblem[];
}

export interface TokenTimeOptions {
  /** Leeway for clock differences when deciding the state; 0 by default (strict, as the RFC). */
  clockToleranceSeconds?: number;
}

const PHRASES: Record<TimeClaim, { future: string; past: string }> = {
  exp: { future: 'expires in {d}', past: 'expired {d} ago' },
  iat: { future: 'issued {d} in the future', past: 'issued {d} ago' },
  nbf: { future: 'becomes valid in {d}', past: 'valid since {d} ago' },
  auth_time: { future: 'authenticated {d} in the future', past: 'authenticated {d} ago' },
};

function readTimeClaim(claim: TimeClaim, raw: unknown, now: number): TimeClaimReading {
  const reading: TimeClaimReading = { claim, raw, problems: [] };
  const problem = (code: string, severity: TokenProblem['severity'], message: string) =>
    reading.problems.push({ code, severity, message, segment: 'payload' });

  if (typeof raw !== 'number' || !Number.isFinite(raw)) {
    const numericString = typeof raw === 'string' && raw.trim() !== '' && Number.isFinite(Number(raw));
    problem(
      'time-not-a-number',
      'error',
      numericString
        ? `"${claim}" is the string "${raw}", but it must be a JSON number (no quotes): seconds since 1970-01-01 UTC. Verifiers reject or ignore it.`
        : `"${claim}" must be a number of seconds since 1970-01-01 UTC, but it is ${JSON.stringify(raw) ?? String(raw)}.`,
    );
    return reading;
  }

  if (Math.abs(raw) > MILLISECONDS_THRESHOLD) {
    const asMs = new Date(raw);
    const asSeconds = new Date(raw * 1000);
    const year = Number.isNaN(asSeconds.getTime()) ? 'beyond any real date' : `in the year ${asSeconds.getUTCFullYear()}`;
    const meant = Number.isNaN(asMs.getTime()) ? '' : ` Read as milliseconds it would be ${toIso(asMs)}.`;
    problem(
      'time-in-milliseconds',
      'warning',
      `"${claim}" is ${raw}, which looks like milliseconds. JWT times are seconds (RFC 7519 §2, NumericDate); read as seconds it lies ${year}.${meant} The issuer should divide by 1000.`,
    );
  }

  const date = new Date(raw * 1000);
  reading.seconds = raw;
  if (Number.isNaN(date.getTime())) {
    problem('time-out-of-range', 'error', `"${claim}" is ${raw}, too large to be a date.`);
    return reading;
  }
  reading.date = date;
  reading.iso = toIso(date);
  reading.msFromNow = raw * 1000 - now;
  const phrase = reading.msFromNow > 0 ? PHRASES[claim].future : PHRASES[claim].past;
  reading.relative = phrase.replace('{d}', formatDuration(Math.abs(reading.msFromNow)));
  return reading;
}

/** ISO 8601 in UTC without milliseconds when they are zero (JWT times are usually whole seconds). */
function toIso(date: Date): string {
  return date.toISOString().replace('.000Z', 'Z');
}

/**
 * Reads the time claims of a payload against `now` (epoch milliseconds, injected so results are
 * reproducible and a UI can tick). Pure: the same input always gives the same answer.
 */
export function analyseTokenTimes(payload: unknown, now: number, options: TokenTimeOptions = {}): TokenTimeAnalysis {
  const toleranceMs = (options.clockToleranceSeconds ?? 0) * 1000;
  const claims: Partial<Record<TimeClaim, TimeClaimReading>> = {};
  const problems: TokenProblem[] = [];
  const record = payload && typeof payload === 'object' && !Array.isArray(payload) ? (payload as Record<string, unknown>) : {};
  for (const claim of TIME_CLAIMS) {
    if (!(claim in record)) continue;
    const reading = readTimeClaim(claim, record[claim], now);
    claims[claim] = reading;
    problems.push(...reading.problems);
  }

  const exp = claims.exp?.date ? claims.exp.seconds : undefined;
  const iat = claims.iat?.date ? claims.iat.seconds : undefined;
  const nbf = claims.nbf?.date ? claims.nbf.seconds : undefined;
  const result: TokenTimeAnalysis = { state: 'no-expiry', stateText: '', claims, refreshSchedule: [], problems };

  const iatInMs = claims.iat?.problems.some((p) => p.code === 'time-in-milliseconds');
  if (iat !== undefined && !iatInMs && iat * 1000 > now + toleranceMs) {
    problems.push({
      code: 'issued-in-future',
      severity: 'warning',
      segment: 'payload',
      message: `The token was issued ${formatDuration(iat * 1000 - now)} in the future: this computer's clock is behind the issuer's. Clients that check "iat" strictly reject such tokens; synchronise the clock (NTP).`,
    });
  }
  if (iat !== undefined && exp !== undefined && exp <= iat) {
    problems.push({ code: 'expires-before-issued', severity: 'error', segment: 'payload', message: '"exp" is not after "iat": the token was dead on arrival. The issuer\'s configuration is wrong.' });
  }
  if (nbf !== undefined && exp !== undefined && exp <= nbf) {
    problems.push({ code: 'never-valid', severity: 'error', segment: 'payload', message: '"exp" is not after "nbf": there is no moment at which this token is valid.' });
  }

  if (exp !== undefined) {
    result.msUntilExpiry = exp * 1000 - now;
    result.refreshSchedule = CLIENT_REFRESH_MARGINS.map(({ client, marginSeconds, factId }) => {
      const refreshAt = (exp - marginSeconds) * 1000;
      const delta = refreshAt - now;
      return { client, marginSeconds, factId, refreshAt, relative: delta > 0 ? `refreshes in ${formatDuration(delta)}` : `refreshed ${formatDuration(-delta)} ago` };
    });
  }
  if (exp !== undefined && iat !== undefined && exp > iat) {
    const lifetime = exp - iat;
    result.lifetimeSeconds = lifetime;
    result.fractionUsed = Math.min(1, Math.max(0, (now - iat * 1000) / (lifetime * 1000)));
    const camunda = formatLifetime(CAMUNDA_TOKEN_LIFETIME_SECONDS);
    if (lifetime === CAMUNDA_TOKEN_LIFETIME_SECONDS) {
      result.lifetimeComparison = 'same-as-camunda';
      result.lifetimeText = `Lifetime ${camunda}, as Camunda SaaS issues.`;
    } else {
      result.lifetimeComparison = lifetime < CAMUNDA_TOKEN_LIFETIME_SECONDS ? 'shorter-than-camunda' : 'longer-than-camunda';
      result.lifetimeText = `Lifetime ${formatLifetime(lifetime)}, ${lifetime < CAMUNDA_TOKEN_LIFETIME_SECONDS ? 'shorter' : 'longer'} than the ${camunda} of Camunda SaaS tokens.`;
    }
  } else if (exp !== undefined && nbf !== undefined && exp > nbf) {
    result.fractionUsed = Math.min(1, Math.max(0, (now - nbf * 1000) / ((exp - nbf) * 1000)));
  }

  if (nbf !== undefined && now + toleranceMs < nbf * 1000) {
    result.state = 'not-yet-valid';
    result.stateText = `Not valid yet: ${claims.nbf?.relative}.`;
  } else if (exp !== undefined && now - toleranceMs >= exp * 1000) {
    result.state = 'expired';
    result.stateText = `Expired ${formatDuration(now - exp * 1000)} ago. Request a new token; clients should renew before "exp".`;
  } else if (exp !== undefined) {
    result.state = 'valid';
    result.stateText = `Valid: ${claims.exp?.relative}.`;
  } else {
    result.state = 'no-expiry';
    result.stateText = claims.exp
      ? 'The expiry ("exp") cannot be read, so verifiers will reject or never expire this token.'
      : 'No expiry: the token has no "exp" claim and never expires. Camunda tokens always carry one.';
  }
  return result;
}
