/** The token-traffic simulator: one import for the UI. */
export { simulate } from './simulate';
export { compareStrategies } from './compare';
export { PRESETS, findPreset, type Preset } from './presets';
export { encodeScenarioLink, decodeScenarioLink } from './scenarioLink';
export { aggregateTimeline, type Timeline } from './aggregate';
export {
  DEFAULT_SCENARIO,
  DEFAULT_WRONG_SECRET,
  checkScenario,
  resolveScenario,
  type ArrivalPattern,
  type Scenario,
  type ScenarioInput,
  type ScenarioIssue,
} from './scenario';
export {
  CLIENT_STRATEGIES,
  DEFAULT_RETRY,
  type CacheScope,
  type RefreshPolicy,
  type RetryPolicy,
  type Strategy,
} from './strategies';
export type * from './result';
