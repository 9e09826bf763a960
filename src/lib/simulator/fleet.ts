/**
 * Turns a scenario into the things the engine moves: processes on source addresses, the token
 * caches ("units") they share, the fetch loops that fill each cache, and the lanes a timeline
 * draws. Workers that share a cache share a unit, so a per-process cache costs one unit per
 * process however many workers it has.
 */
import type { BlockedAttempts } from './blockedAttempts';
import type { Rng } from './random';
import type { LaneInfo, TokenRecord, UnitInfo } from './result';
import type { Scenario } from './scenario';
import type { CacheScope } from './strategies';

/** More workers than this per process are drawn as one lane per process. */
const MAX_WORKER_LANES_PER_PROCESS = 12;

export interface Member {
  lane: string;
  process: number;
  workers: number;
  active: boolean;
  /** Start of the member's current state (served or not). */
  since: number;
}

/** A fetch loop being counted through a block (see blockedAttempts.ts). */
interface FastForward {
  record: { count?: number; end?: number } | null;
  attempts: BlockedAttempts;
}

export interface Fetcher {
  id: number;
  unit: Unit;
  process: number;
  /** The worker making the requests, or undefined for a process-wide (deduplicated) fetch. */
  worker: number | undefined;
  gen: number;
  looping: boolean;
  /** Token-per-call worker currently fetching at its call rate. */
  flow: boolean;
  failures: number;
  ff: FastForward | null;
}

export interface Unit {
  id: string;
  label: string;
  scope: CacheScope | 'wrongSecret';
  audience: string;
  source: number;
  members: Member[];
  fetchers: Fetcher[];
  token: TokenRecord | null;
  serving: boolean;
  /** Bumped when a restart wipes a memory cache, so late answers are not stored in it. */
  incarnation: number;
  /** `contestedFile`: the other tool's entry in the same file. */
  sibling: Unit | null;
  /** Lost when its process restarts. */
  memory: boolean;
  perCall: boolean;
  wrongSecret: boolean;
}

interface Proc {
  index: number;
  source: number;
  startAt: number;
  workers: number;
  wrongSecret: boolean;
  units: Unit[];
  fetchers: Fetcher[];
}

export interface Fleet {
  sources: string[];
  lanes: LaneInfo[];
  processes: Proc[];
  units: Unit[];
  fetchers: Fetcher[];
}

function sourceName(index: number): string {
  return index < 254 ? `203.0.113.${index + 1}` : `198.18.${Math.floor(index / 254)}.${(index % 254) + 1}`;
}

export function buildFleet(s: Scenario, rng: Rng): Fleet {
  const sources = Array.from({ length: s.sourceAddresses }, (_, i) => sourceName(i));
  const lanes: LaneInfo[] = [];
  const processes: Proc[] = [];
  const units: Unit[] = [];
  const fetchers: Fetcher[] = [];
  const laneIds = new Map<string, string>();
  const scope = s.strategy.cache;

  const addProcess = (wrongSecret: boolean, source: number, startAt: number, workers: number): Proc => {
    const index = processes.length;
    const proc: Proc = { index, source, startAt, workers, wrongSecret, units: [], fetchers: [] };
    processes.push(proc);
    const tool = !wrongSecret && scope === 'contestedFile' ? (index % 2 === 0 ? 'A' : 'B') : undefined;
    const name = wrongSecret ? `Bad secret P${index + 1}` : `P${index + 1}`;
    const toolNote = tool ? ` (tool ${tool})` : '';
    if (workers <= MAX_WORKER_LANES_PER_PROCESS) {
      for (let w = 0; w < workers; w++) {
        const id = `p${index}w${w}`;
        lanes.push({ id, label: `${name} · W${w + 1}${toolNote}`, process: index, worker: w, workers: 1, source, wrongSecret, tool });
        laneIds.set(`${index}:${w}`, id);
      }
    } else {
      const id = `p${index}`;
      lanes.push({ id, label: `${name}${toolNote} (${workers} workers)`, process: index, workers, source, wrongSecret, tool });
      for (let w = 0; w < workers; w++) laneIds.set(`${index}:${w}`, id);
    }
    return proc;
  };

  for (let p = 0; p < s.processes; p++) addProcess(false, p % s.sourceAddresses, s.startSpreadMs * rng.next(), s.workersPerProcess);
  const ws = s.wrongSecret;
  if (ws) for (let p = 0; p < ws.processes; p++) addProcess(true, ws.sourceIndex, ws.startMs, ws.workersPerProcess);

  /** Members for some workers of a process: one per lane, with the count of workers drawn there. */
  const membersFor = (proc: Proc, workers: number[]) => {
    const byLane = new Map<string, Member>();
    for (const w of workers) {
      const lane = laneIds.get(`${proc.index}:${w}`)!;
      const m = byLane.get(lane);
      if (m) m.workers++;
      else byLane.set(lane, { lane, process: proc.index, workers: 1, active: false, since: 0 });
    }
    return [...byLane.values()];
  };
  const allWorkers = (proc: Proc) => Array.from({ length: proc.workers }, (_, w) => w);

  const newUnit = (id: string, label: string, unitScope: Unit['scope'], audience: string, source: number): Unit => {
    const unit: Unit = {
      id, label, scope: unitScope, audience, source, members: [], fetchers: [], token: null, serving: false, incarnation: 0,
      sibling: null, memory: unitScope !== 'disk' && unitScope !== 'contestedFile', perCall: unitScope === 'none', wrongSecret: unitScope === 'wrongSecret',
    };
    units.push(unit);
    return unit;
  };
  const attach = (unit: Unit, proc: Proc, workers: number[], dedupe: boolean) => {
    unit.members.push(...membersFor(proc, workers));
    const fetcherWorkers: (number | undefined)[] = dedupe ? [undefined] : workers;
    for (const worker of fetcherWorkers) {
      const f: Fetcher = { id: fetchers.length, unit, process: proc.index, worker, gen: 0, looping: false, flow: false, failures: 0, ff: null };
      fetchers.push(f);
      unit.fetchers.push(f);
      proc.fetchers.push(f);
    }
    if (!proc.units.includes(unit)) proc.units.push(unit);
  };

  s.audiences.forEach((audience, a) => {
    const shared = new Map<string, Unit>();
    for (const proc of processes) {
      const tag = `P${proc.index + 1}`;
      if (proc.wrongSecret || scope === 'none' || scope === 'worker') {
        const unitScope = proc.wrongSecret ? 'wrongSecret' : scope;
        for (let w = 0; w < proc.workers; w++) {
          const what = unitScope === 'none' ? 'token per call' : 'own token';
          const unit = newUnit(`u${a}:${proc.index}:${w}`, `${tag} · W${w + 1} ${what}`, unitScope, audience, proc.source);
          attach(unit, proc, [w], true);
        }
      } else if (scope === 'process') {
        const unit = newUnit(`u${a}:${proc.index}`, `${tag} memory cache`, scope, audience, proc.source);
        attach(unit, proc, allWorkers(proc), s.strategy.dedupe);
      } else {
        const tool = scope === 'contestedFile' ? (proc.index % 2 === 0 ? 'A' : 'B') : '';
        const key = `${proc.source}:${tool}`;
        let unit = shared.get(key);
        if (!unit) {
          const where = sources[proc.source];
          const label = tool ? `Cache file entry of tool ${tool} on ${where}` : `Cache file on ${where}`;
          unit = newUnit(`u${a}:s${proc.source}${tool}`, label, scope, audience, proc.source);
          shared.set(key, unit);
          const other = shared.get(`${proc.source}:${tool === 'A' ? 'B' : 'A'}`);
          if (tool && other) {
            unit.sibling = other;
            other.sibling = unit;
          }
        }
        attach(unit, proc, allWorkers(proc), s.strategy.dedupe);
      }
    }
  });

  return { sources, lanes, processes, units, fetchers };
}

export function describeUnits(units: Unit[]): UnitInfo[] {
  return units.map((u) => ({ id: u.id, label: u.label, scope: u.scope, audience: u.audience, source: u.source, lanes: u.members.map((m) => m.lane) }));
}

/** Lanes that draw workers from more than one cache of the same audience (their spans get merged). */
export function findSharedLanes(units: Unit[]): Set<string> {
  const seen = new Map<string, string>();
  const shared = new Set<string>();
  for (const unit of units) {
    for (const m of unit.members) {
      const key = `${m.lane}|${unit.audience}`;
      const other = seen.get(key);
      if (other !== undefined && other !== unit.id) shared.add(m.lane);
      seen.set(key, unit.id);
    }
  }
  return shared;
}
