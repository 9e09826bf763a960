/** Run one workload under two strategies with the same seed, for a side-by-side timeline. */
import type { SimulationResult } from './result';
import type { DeepPartial, ScenarioInput } from './scenario';
import { simulate, type SimulateOptions } from './simulate';
import type { Strategy } from './strategies';

export interface Comparison {
  a: SimulationResult;
  b: SimulationResult;
}

export function compareStrategies(
  workload: ScenarioInput,
  strategyA: DeepPartial<Strategy>,
  strategyB: DeepPartial<Strategy>,
  seed: number,
  options: Omit<SimulateOptions, 'seed'> = {},
): Comparison {
  return {
    a: simulate({ ...workload, strategy: strategyA }, { ...options, seed }),
    b: simulate({ ...workload, strategy: strategyB }, { ...options, seed }),
  };
}
