/**
 * Benchmark of the token-traffic simulator: a day of 20 processes x 50 workers at 10 calls/s
 * (864 million calls) with a shared cache, and the same office without a cache for an hour.
 * Prints the median wall time of several runs and writes bench-results/simulator.json.
 *
 *   npm run bench:sim            (RUNS=9 to change the number of runs)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simulate } from '../../src/lib/simulator/simulate';
import type { ScenarioInput } from '../../src/lib/simulator/scenario';

const RUNS = Math.max(1, Number(process.env.RUNS ?? 7));
const office: ScenarioInput = { processes: 20, workersPerProcess: 50, callsPerSecond: 10, startSpreadMs: 60_000 };

const cases: { id: string; label: string; scenario: ScenarioInput }[] = [
  {
    id: 'shared-cache-24h',
    label: '24 h, 20 x 50 workers at 10 calls/s, per-process cache with dedupe, refresh ahead',
    scenario: { ...office, durationMs: 86_400_000, startSpreadMs: 0, strategy: { cache: 'process', dedupe: true, refresh: { mode: 'ahead', marginMs: 30_000, jitterMs: 0 } }, rateLimit: { burst: 20 } },
  },
  {
    id: 'disk-cache-24h-restart',
    label: '24 h, same office, shared file cache with jittered early refresh, everyone restarts at 6 h',
    scenario: {
      ...office,
      durationMs: 86_400_000,
      restarts: { atMs: [21_600_000], spreadMs: 0 },
      strategy: { cache: 'disk', dedupe: true, refresh: { mode: 'ahead', marginMs: 300_000, jitterMs: 240_000 }, onFailure: { mode: 'retryAfter' } },
    },
  },
  {
    id: 'no-cache-1h',
    label: '1 h, same office, no cache (a token per call), immediate retry on 429',
    scenario: { ...office, durationMs: 3_600_000, strategy: { cache: 'none', onFailure: { mode: 'immediate' } } },
  },
  {
    id: 'per-worker-backoff-1h',
    label: '1 h, same office, a token per worker, backoff with jitter',
    scenario: { ...office, durationMs: 3_600_000, strategy: { cache: 'worker', onFailure: { mode: 'backoff' } } },
  },
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const results = cases.map((c) => {
  simulate(c.scenario, { seed: 1 }); // warm-up: JIT
  const times: number[] = [];
  let last = simulate(c.scenario, { seed: 1 });
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    last = simulate(c.scenario, { seed: 1 });
    times.push(performance.now() - started);
  }
  const s = last.summary;
  const row = {
    id: c.id,
    label: c.label,
    medianMs: Number(median(times).toFixed(2)),
    minMs: Number(Math.min(...times).toFixed(2)),
    runs: RUNS,
    events: last.events,
    calls: Math.round(s.calls),
    tokenRequests: s.tokenRequests,
    rateLimited: s.rateLimited,
    tokensIssued: s.tokensIssued,
    timeBlockedMs: Math.round(s.timeBlockedMs),
    failedCalls: Math.round(s.failedCalls),
    truncated: last.truncated,
  };
  console.log(`${c.label}\n  median ${row.medianMs} ms over ${RUNS} runs (min ${row.minMs}); ${row.calls.toLocaleString('en')} calls, ${row.tokenRequests.toLocaleString('en')} token requests (${row.rateLimited.toLocaleString('en')} refused), ${row.events} engine events`);
  return row;
});

const out = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bench-results', 'simulator.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify({ node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model, results }, null, 2)}\n`);
console.log(`Wrote ${out}`);
