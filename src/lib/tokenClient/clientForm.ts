/**
 * The driven client's form: text fields in seconds, checked into cache options, with a message
 * that names the field when a value is wrong.
 */
import type { CacheStrategy } from './tokenCache';

export interface ClientForm {
  strategy: CacheStrategy;
  marginS: string;
  jitterS: string;
  intervalS: string;
}

export const DEFAULT_CLIENT_FORM: ClientForm = { strategy: 'refresh-ahead', marginS: '2', jitterS: '1', intervalS: '1' };

export interface CheckedClientForm {
  strategy: CacheStrategy;
  marginMs: number;
  jitterMs: number;
  intervalMs: number;
}

export class ClientFormError extends Error {
  readonly code = 'ERR_CLIENT_FORM';
}

function seconds(value: string, name: string, min: number, max: number): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < min || n > max) throw new ClientFormError(`${name} must be a number of seconds from ${min} to ${max}; got "${value}".`);
  return Math.round(n * 1000);
}

export function checkClientForm(form: ClientForm): CheckedClientForm {
  return {
    strategy: form.strategy,
    marginMs: seconds(form.marginS, 'Refresh margin', 0, 3600),
    jitterMs: seconds(form.jitterS, 'Jitter', 0, 600),
    intervalMs: seconds(form.intervalS, 'Call interval', 0.5, 3600),
  };
}
