/**
 * Scenarios that retell the failure stories from the official clients' issue trackers, plus a
 * correct setup for contrast. Each runs in a fraction of a second in a browser tab.
 */
import type { ScenarioInput } from './scenario';
import { DEFAULT_RETRY } from './strategies';

export interface Preset {
  id: string;
  title: string;
  /** One paragraph: what happens and why. */
  story: string;
  scenario: ScenarioInput;
  seed: number;
}

export const PRESETS: Preset[] = [
  {
    id: 'workers-each-fetch',
    title: 'Every worker fetches its own token',
    story:
      'Four instances with 25 job workers each are deployed together. Each worker keeps its own token, so the fleet asks ' +
      'for 100 tokens in the same second although one per instance would do. The first five get through, the sixth ' +
      'blocks the office address for a minute, and the workers take turns at five tokens per block until all have one. ' +
      'Backing off politely does not help much: the fleet simply needs more tokens than the limit hands out. The same ' +
      'storm comes back 24 hours later, when all the tokens expire together.',
    scenario: {
      durationMs: 3_600_000,
      processes: 4,
      workersPerProcess: 25,
      callsPerSecond: 2,
      strategy: { cache: 'worker', dedupe: false, refresh: { mode: 'onExpiry' }, onFailure: DEFAULT_RETRY.backoff },
    },
    seed: 1,
  },
  {
    id: 'immediate-retry-forever',
    title: 'A 429 answered by an immediate retry, forever',
    story:
      'A client without a token cache fetches a token for every call, and when the auth service answers 429 it asks ' +
      'again at once. The address is blocked within seconds. Every time the block ends, the queued retries spend the ' +
      'whole burst in a few milliseconds and the next request starts a new block, so the office stays blocked for as ' +
      'long as the client runs, and so does everything else behind the same address.',
    scenario: {
      durationMs: 1_800_000,
      processes: 3,
      workersPerProcess: 4,
      callsPerSecond: 1,
      strategy: { cache: 'none', dedupe: false, refresh: { mode: 'onExpiry' }, onFailure: DEFAULT_RETRY.immediate },
    },
    seed: 1,
  },
  {
    id: 'wrong-secret',
    title: 'One machine with a wrong secret blocks everyone',
    story:
      'Six well-behaved services share one office address and one token each. Then someone starts a test machine whose ' +
      'secret was rotated away; its 20 workers retry the refused request in a loop. Every request counts against the ' +
      'address, wrong secret or not, so the address is blocked again and again. The healthy services do not notice ' +
      'while their tokens last, but after the deploy at minute 15 none of them can get a token back.',
    scenario: {
      durationMs: 3_600_000,
      processes: 6,
      workersPerProcess: 10,
      callsPerSecond: 2,
      startSpreadMs: 60_000,
      restarts: { atMs: [900_000], spreadMs: 30_000 },
      strategy: { cache: 'process', dedupe: true, refresh: { mode: 'ahead', marginMs: 30_000, jitterMs: 0 }, onFailure: DEFAULT_RETRY.backoff },
      wrongSecret: { processes: 1, workersPerProcess: 20, startMs: 300_000, sourceIndex: 0, retry: DEFAULT_RETRY.immediate },
    },
    seed: 1,
  },
  {
    id: 'contested-cache-file',
    title: 'Two tools overwrite one cache file',
    story:
      'A Java service and a zbctl script run on the same machine and both keep their token in ~/.camunda/credentials, ' +
      'but they key their entries differently and write them differently: when zbctl rewrites the file it leaves the ' +
      'Java entry with only its expiry, and the Java client cannot use what zbctl wrote (camunda/camunda #12960). Each ' +
      'tool finds no usable token, fetches a new one, and spoils the other\'s entry again. The ping-pong runs at the ' +
      'speed of the auth round trip until the address is blocked, and then one tool is always without a token.',
    scenario: {
      durationMs: 1_800_000,
      processes: 2,
      workersPerProcess: 2,
      callsPerSecond: 1,
      strategy: { cache: 'contestedFile', dedupe: true, refresh: { mode: 'onExpiry' }, onFailure: DEFAULT_RETRY.backoff },
    },
    seed: 1,
  },
  {
    id: 'restart-together',
    title: 'Everyone restarts at once with a memory-only cache',
    story:
      'Twenty services cache their token in memory only, which is fine until a cluster-wide rollout restarts them in ' +
      'the same second. Twenty requests arrive together; five get through and the other fifteen services wait out a ' +
      'block before they can work again. A file cache that survives restarts, or a staggered rollout, avoids it.',
    scenario: {
      durationMs: 1_800_000,
      processes: 20,
      workersPerProcess: 5,
      callsPerSecond: 2,
      startSpreadMs: 120_000,
      restarts: { atMs: [600_000], spreadMs: 0 },
      strategy: { cache: 'process', dedupe: true, refresh: { mode: 'ahead', marginMs: 60_000, jitterMs: 0 }, onFailure: DEFAULT_RETRY.backoff },
    },
    seed: 1,
  },
  {
    id: 'correct-shared-cache',
    title: 'A correct shared cache',
    story:
      'The same office at full size: 20 processes with 50 workers each, 10 calls a second per worker, for a whole day ' +
      '(864 million calls). Each machine keeps one token in a file that all its processes share, requests are ' +
      'deduplicated, refreshes start a little early at a random moment, and a 429 is answered by waiting as long as ' +
      'Retry-After says. The office makes two token requests a day, survives a full restart without asking ' +
      'again, and never comes near the limit.',
    scenario: {
      durationMs: 86_400_000,
      processes: 20,
      workersPerProcess: 50,
      callsPerSecond: 10,
      startSpreadMs: 60_000,
      restarts: { atMs: [21_600_000], spreadMs: 0 },
      strategy: { cache: 'disk', dedupe: true, refresh: { mode: 'ahead', marginMs: 300_000, jitterMs: 240_000 }, onFailure: DEFAULT_RETRY.retryAfter },
    },
    seed: 1,
  },
];

export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}
