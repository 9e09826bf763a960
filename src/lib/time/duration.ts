/**
 * Durations as people read them, for every part of the site: the token inspector's "expires in",
 * the token request's explanation, the driven client and the simulator all use these, so one token's
 * time left reads the same everywhere. Values are truncated, never rounded up: a time left is never
 * overstated, and 59 min 59.9 s reads "59 min 59 s", not "1 h".
 */

const SECOND = 1_000;
const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

/** `n` truncated to `decimals`, without trailing zeros. */
function truncated(n: number, decimals: number): string {
  const f = 10 ** decimals;
  // The small nudge keeps 12.5 (stored as 12.4999…) from dropping to 12.4.
  return String(Math.floor(n * f + 1e-9) / f);
}

function twoUnits(ms: number, big: number, bigUnit: string, small: number, smallUnit: string): string {
  const whole = Math.floor(ms / big);
  const rest = Math.floor((ms - whole * big) / small);
  return rest === 0 ? `${whole} ${bigUnit}` : `${whole} ${bigUnit} ${rest} ${smallUnit}`;
}

/**
 * At most two units: "450 ms", "3.4 s", "12 s", "2 min 5 s", "23 h 59 min", "1 d 2 h". Tenths of a
 * second only below 10 s. Negative durations get a minus sign; NaN reads "–", infinity "forever".
 */
export function formatDuration(ms: number): string {
  if (Number.isNaN(ms)) return '–';
  if (!Number.isFinite(ms)) return 'forever';
  const sign = ms < 0 ? '−' : '';
  const a = Math.abs(ms);
  if (a < SECOND) return `${sign}${truncated(a, a < 10 ? 1 : 0)} ms`;
  if (a < 10 * SECOND) return `${sign}${truncated(a / SECOND, 1)} s`;
  if (a < MINUTE) return `${sign}${Math.floor(a / SECOND)} s`;
  if (a < HOUR) return sign + twoUnits(a, MINUTE, 'min', SECOND, 's');
  if (a < DAY) return sign + twoUnits(a, HOUR, 'h', MINUTE, 'min');
  return sign + twoUnits(a, DAY, 'd', HOUR, 'h');
}

/** A token lifetime in seconds: whole hours read better ("24 h", "48 h") than days. */
export function formatLifetime(seconds: number): string {
  return seconds % 3600 === 0 && seconds > 0 && seconds < 7 * 86_400 ? `${seconds / 3600} h` : formatDuration(seconds * 1000);
}

/** "in 3 s", "2 min ago", or `never` when there is no moment. */
export function formatRelative(at: number | null, now: number, never: string): string {
  if (at === null) return never;
  const ms = at - now;
  return ms >= 0 ? `in ${formatDuration(ms)}` : `${formatDuration(-ms)} ago`;
}
