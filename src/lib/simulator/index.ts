/** The token-traffic simulator: one import for the UI. */
export { simulate, DEFAULT_SEED, type SimulateOptions } from './simulate';
export { compareStrategies, type Comparison } from './compare';
export { PRESETS, findPreset, type Preset } from './presets';
export { encodeScenarioLink, decodeScenarioLink, type DecodedLink } from './scenarioLink';
export { aggregateTimeline, type AggregateOptions, type Timeline, type LaneColumns, type SourceColumns } from './aggregate';
export {
  DEFAULT_SCENARIO,
  DEFAULT_WRONG_SECRET,
  LIMITS,
  SimulatorError,
  checkScenario,
  resolveScenario,
  type ArrivalPattern,
  type RestartPlan,
  type Scenario,
  type ScenarioCheck,
  type ScenarioInput,
  type ScenarioIssue,
  type WrongSecretClients,
} from './scenario';
export {
  CLIENT_STRATEGIES,
  DEFAULT_REFRESH,
  DEFAULT_RETRY,
  DEFAULT_STRATEGY,
  type CacheScope,
  type ClientStrategy,
  type RefreshPolicy,
  type RetryPolicy,
  type Strategy,
} from './strategies';
export { MAX_WORKER_LANES_PER_PROCESS, sourceName } from './fleet';
export type * from './result';
