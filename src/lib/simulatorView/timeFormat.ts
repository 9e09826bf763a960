/**
 * Times on the simulator's axis and in its tooltips, in the units people think in: ms, s, min, h, d.
 * Run time starts at 0, so these are durations, not clock times. Durations themselves are written
 * by `formatDuration` in `src/lib/time/duration.ts`, as everywhere else on the site.
 */

const SECOND = 1_000;
const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

/** Tick steps a reader can count in: 1-2-5 within each unit, then the unit's natural divisions. */
const STEPS = [
  1, 2, 5, 10, 20, 50, 100, 200, 500,
  SECOND, 2 * SECOND, 5 * SECOND, 10 * SECOND, 15 * SECOND, 30 * SECOND,
  MINUTE, 2 * MINUTE, 5 * MINUTE, 10 * MINUTE, 15 * MINUTE, 30 * MINUTE,
  HOUR, 2 * HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR,
  DAY, 2 * DAY, 7 * DAY,
];

export interface TimeTick {
  t: number;
  label: string;
}

/** The smallest readable step that keeps at most `maxTicks` ticks in [from, to]. */
function pickTickStep(from: number, to: number, maxTicks: number): number {
  const span = Math.max(to - from, 1);
  const wanted = span / Math.max(1, Math.floor(maxTicks));
  return STEPS.find((s) => s >= wanted) ?? Math.ceil(wanted / DAY) * DAY;
}

/** Ticks at whole multiples of a readable step, labelled in that step's unit. */
export function pickTimeTicks(from: number, to: number, maxTicks: number): TimeTick[] {
  const step = pickTickStep(from, to, maxTicks);
  const ticks: TimeTick[] = [];
  for (let t = Math.ceil(from / step) * step; t <= to + 1e-9 && ticks.length <= maxTicks + 1; t += step) {
    ticks.push({ t, label: formatTick(t, step) });
  }
  return ticks;
}

/** A tick label: "0", "30 s", "1 min 30 s" would be noisy, so the step's unit decides ("1.5 min"). */
export function formatTick(t: number, step: number): string {
  if (t === 0) return '0';
  const unit = step < SECOND ? 'ms' : step < MINUTE ? 's' : step < HOUR ? 'min' : step < DAY ? 'h' : 'd';
  const size = { ms: 1, s: SECOND, min: MINUTE, h: HOUR, d: DAY }[unit];
  return `${trimNumber(t / size)} ${unit}`;
}

/** A whole count with thousands separators; fractional counts (averaged calls) are rounded. */
export function formatCount(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** A share 0..1 as a percentage with at most one decimal. */
export function formatPercent(share: number): string {
  if (!Number.isFinite(share)) return '–';
  const p = share * 100;
  if (p > 0 && p < 0.1) return '<0.1%';
  if (p < 100 && p > 99.9) return '>99.9%';
  return `${trimNumber(p, 1)}%`;
}

function trimNumber(n: number, decimals = 2): string {
  const f = 10 ** decimals;
  return String(Math.round(n * f) / f);
}
