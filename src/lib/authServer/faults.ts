/**
 * Faults a teacher can switch on at runtime to show how a client copes: slow answers, random 5xx
 * answers, a maintenance window, and issued tokens whose clock is off.
 */
import { AuthServerConfigError } from './errors';

export interface FaultSettings {
  /** Added to every answer of the token endpoint, in ms. */
  latencyMs: number;
  /** Share of token requests answered 500, from 0 to 1 (drawn with the injected random). */
  errorRate: number;
  /** When on, token requests get 503 with Retry-After. */
  maintenance: boolean;
  /** Retry-After sent during maintenance, in seconds. */
  maintenanceRetryAfterSeconds: number;
  /** Seconds added to iat and exp of issued tokens (negative: tokens from the past). */
  clockSkewSeconds: number;
}

export const NO_FAULTS: FaultSettings = {
  latencyMs: 0,
  errorRate: 0,
  maintenance: false,
  maintenanceRetryAfterSeconds: 120,
  clockSkewSeconds: 0,
};

export type InjectedFault = 'maintenance' | 'server_error' | null;

/** Merge a change into the settings; throws AuthServerConfigError (ERR_MOCK_INVALID_OPTION). */
export function updateFaults(current: FaultSettings, change: Partial<FaultSettings>): FaultSettings {
  const next = { ...current, ...change };
  const fail = (message: string): never => {
    throw new AuthServerConfigError('ERR_MOCK_INVALID_OPTION', message);
  };
  if (!Number.isFinite(next.latencyMs) || next.latencyMs < 0 || next.latencyMs > 120_000) fail('latencyMs must be between 0 and 120000.');
  if (!Number.isFinite(next.errorRate) || next.errorRate < 0 || next.errorRate > 1) fail('errorRate must be between 0 and 1.');
  if (typeof next.maintenance !== 'boolean') fail('maintenance must be true or false.');
  if (!Number.isInteger(next.maintenanceRetryAfterSeconds) || next.maintenanceRetryAfterSeconds < 0) fail('maintenanceRetryAfterSeconds must be a whole number of seconds, 0 or more.');
  if (!Number.isInteger(next.clockSkewSeconds) || Math.abs(next.clockSkewSeconds) > 366 * 86_400) fail('clockSkewSeconds must be a whole number of seconds within a year.');
  return next;
}

/** Maintenance wins; otherwise a 5xx with probability `errorRate`. */
export function pickFault(settings: FaultSettings, random: () => number): InjectedFault {
  if (settings.maintenance) return 'maintenance';
  if (settings.errorRate > 0 && random() < settings.errorRate) return 'server_error';
  return null;
}
