/**
 * When a worker's calls happen. Calls are never simulated one by one: the engine asks how many
 * fall into a span (arithmetic for steady and bursts, a seeded Poisson draw for Poisson) and,
 * only for the token-per-call strategy, when the next one arrives.
 */
import type { Rng } from './random';
import type { ArrivalPattern } from './scenario';

/** Call-weighted length of [from, to]: plain length, or the time inside bursts scaled to keep the mean rate. */
function weightedDuration(pattern: ArrivalPattern, from: number, to: number): number {
  if (to <= from) return 0;
  if (pattern.kind !== 'bursts') return to - from;
  const active = activeTimeUntil(pattern, to) - activeTimeUntil(pattern, from);
  return (active * pattern.periodMs) / pattern.burstMs;
}

function activeTimeUntil(p: { periodMs: number; burstMs: number }, t: number): number {
  const cycles = Math.floor(t / p.periodMs);
  return cycles * p.burstMs + Math.min(p.burstMs, t - cycles * p.periodMs);
}

/** Mean number of calls `workers` workers make in [from, to]. */
function expectedCalls(pattern: ArrivalPattern, callsPerSecond: number, workers: number, from: number, to: number): number {
  return (callsPerSecond / 1000) * workers * weightedDuration(pattern, from, to);
}

/** The number of calls in [from, to]: the mean for steady arrivals, a seeded draw for Poisson. */
export function countCalls(pattern: ArrivalPattern, callsPerSecond: number, workers: number, from: number, to: number, rng: Rng): number {
  const mean = expectedCalls(pattern, callsPerSecond, workers, from, to);
  return pattern.kind === 'poisson' ? rng.poisson(mean) : mean;
}

/** The first moment at or after `t` when calls can happen (start of the next burst). */
function nextActiveTime(pattern: ArrivalPattern, t: number): number {
  if (pattern.kind !== 'bursts') return t;
  const cycleStart = Math.floor(t / pattern.periodMs) * pattern.periodMs;
  return t - cycleStart < pattern.burstMs ? t : cycleStart + pattern.periodMs;
}

/** When one worker's next call after `t` arrives (Infinity for a worker that makes none). */
export function nextArrival(pattern: ArrivalPattern, callsPerSecond: number, t: number, rng: Rng): number {
  if (callsPerSecond <= 0) return Infinity;
  const peak = pattern.kind === 'bursts' ? (callsPerSecond * pattern.periodMs) / pattern.burstMs : callsPerSecond;
  const gap = pattern.kind === 'poisson' ? rng.exponential(peak / 1000) : 1000 / peak;
  return nextActiveTime(pattern, t + gap);
}

/** Offset of a worker's first call after it starts, spreading workers over one call interval. */
export function firstCallOffset(pattern: ArrivalPattern, callsPerSecond: number, worker: number, workers: number, rng: Rng): number {
  if (callsPerSecond <= 0) return 0;
  if (pattern.kind === 'poisson') return rng.exponential(callsPerSecond / 1000);
  return ((worker / workers) * 1000) / callsPerSecond;
}
