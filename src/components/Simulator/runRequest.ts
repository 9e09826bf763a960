/** The message a simulator run is described by, shared by the page and its Web Worker. */
import { compareStrategies, simulate, type ScenarioInput, type SimulationResult, type Strategy } from '@site/src/lib/simulator';

/** Enough engine events for every preset many times over (the largest uses about 2,100), few enough to stop within seconds. */
const MAX_EVENTS = 300_000;

export interface RunRequest {
  scenario: ScenarioInput;
  seed: number;
  /** Run the same workload a second time with this strategy. */
  compareWith: Strategy | null;
}

export type RunAnswer = { ok: true; runs: SimulationResult[]; ms: number } | { ok: false; message: string };

/** Run a request; never throws. */
export function runRequest(request: RunRequest, now: () => number): RunAnswer {
  const start = now();
  try {
    const runs = request.compareWith
      ? Object.values(compareStrategies(request.scenario, request.scenario.strategy ?? {}, request.compareWith, request.seed, { maxEvents: MAX_EVENTS }))
      : [simulate(request.scenario, { seed: request.seed, maxEvents: MAX_EVENTS })];
    return { ok: true, runs, ms: now() - start };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
