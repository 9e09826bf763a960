/**
 * The simulator's settings form as data: which scenario setting each field edits, in which unit,
 * and where the engine's complaints about it belong. Fields hold the text the user typed, so a
 * half-typed or nonsense value reaches `checkScenario` unchanged and comes back as its message.
 */
import {
  DEFAULT_RETRY,
  DEFAULT_WRONG_SECRET,
  checkScenario,
  type ArrivalPattern,
  type CacheScope,
  type RefreshPolicy,
  type RetryPolicy,
  type Scenario,
  type ScenarioInput,
  type ScenarioIssue,
} from '../simulator';

export interface FormDraft {
  processes: string;
  workersPerProcess: string;
  callsPerSecond: string;
  arrival: ArrivalPattern['kind'];
  tokenLifetimeS: string;
  durationMin: string;
  cache: CacheScope;
  dedupe: boolean;
  refresh: RefreshPolicy['mode'];
  refreshMarginS: string;
  onFailure: RetryPolicy['mode'];
  wrongSecret: boolean;
  seed: string;
}

export type FieldKey = keyof FormDraft;

/** Units of the number fields that are not in the engine's own unit (ms). */
const SCALE: Partial<Record<FieldKey, { factor: number; unit: string }>> = {
  tokenLifetimeS: { factor: 1000, unit: 's' },
  durationMin: { factor: 60_000, unit: 'min' },
  refreshMarginS: { factor: 1000, unit: 's' },
};

/** Which field shows an issue whose path starts with the key. */
const PATH_TO_FIELD: [string, FieldKey][] = [
  ['processes', 'processes'],
  ['workersPerProcess', 'workersPerProcess'],
  ['callsPerSecond', 'callsPerSecond'],
  ['arrival', 'arrival'],
  ['tokenLifetimeMs', 'tokenLifetimeS'],
  ['durationMs', 'durationMin'],
  ['strategy.cache', 'cache'],
  ['strategy.dedupe', 'dedupe'],
  ['strategy.refresh', 'refreshMarginS'],
  ['strategy.onFailure', 'onFailure'],
  ['wrongSecret', 'wrongSecret'],
  ['seed', 'seed'],
];

export function draftFromScenario(s: Scenario, seed: number): FormDraft {
  return {
    processes: String(s.processes),
    workersPerProcess: String(s.workersPerProcess),
    callsPerSecond: String(s.callsPerSecond),
    arrival: s.arrival.kind,
    tokenLifetimeS: String(s.tokenLifetimeMs / 1000),
    durationMin: String(s.durationMs / 60_000),
    cache: s.strategy.cache,
    dedupe: s.strategy.dedupe,
    refresh: s.strategy.refresh.mode,
    refreshMarginS: String(s.strategy.refresh.mode === 'ahead' ? s.strategy.refresh.marginMs / 1000 : 30),
    onFailure: s.strategy.onFailure.mode,
    wrongSecret: s.wrongSecret !== null,
    seed: String(seed),
  };
}

/** A number in the field's unit converted to the engine's, or the text itself when it is not a number. */
export function parseNumberField(text: string, factor = 1): number | string {
  const trimmed = text.trim();
  if (trimmed === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(trimmed)) return text;
  return Number(trimmed) * factor;
}

/** The scenario the form describes: `base` (a preset or a link) with the form's fields laid over it. */
export function buildScenarioInput(base: Scenario, d: FormDraft): ScenarioInput {
  const num = (key: FieldKey) => parseNumberField(String(d[key]), SCALE[key]?.factor ?? 1) as number;
  const arrival: ArrivalPattern = base.arrival.kind === d.arrival ? base.arrival : d.arrival === 'bursts' ? { kind: 'bursts', periodMs: 60_000, burstMs: 5_000 } : { kind: d.arrival };
  const baseRefresh = base.strategy.refresh;
  const refresh: RefreshPolicy =
    d.refresh === 'ahead' ? { mode: 'ahead', marginMs: num('refreshMarginS'), jitterMs: baseRefresh.mode === 'ahead' ? baseRefresh.jitterMs : 0 } : { mode: d.refresh };
  const onFailure: RetryPolicy = base.strategy.onFailure.mode === d.onFailure ? base.strategy.onFailure : DEFAULT_RETRY[d.onFailure];
  return {
    ...base,
    processes: num('processes'),
    workersPerProcess: num('workersPerProcess'),
    callsPerSecond: num('callsPerSecond'),
    arrival,
    tokenLifetimeMs: num('tokenLifetimeS'),
    durationMs: num('durationMin'),
    strategy: { cache: d.cache, dedupe: d.dedupe, refresh, onFailure },
    wrongSecret: d.wrongSecret ? (base.wrongSecret ?? DEFAULT_WRONG_SECRET) : null,
  };
}

export interface FormCheck {
  input: ScenarioInput;
  /** Set when every setting is valid. */
  scenario: Scenario | null;
  seed: number | null;
  /** Messages per field, already in the field's unit. */
  fieldIssues: Partial<Record<FieldKey, string>>;
  /** Issues with settings the form does not show (from a link or preset). */
  otherIssues: ScenarioIssue[];
}

/** Check the whole form; never throws. */
export function checkForm(base: Scenario, d: FormDraft): FormCheck {
  const input = buildScenarioInput(base, d);
  const check = checkScenario(input);
  const issues: ScenarioIssue[] = check.ok ? [] : [...check.issues];
  const seedValue = parseNumberField(d.seed);
  const seedOk = typeof seedValue === 'number' && Number.isInteger(seedValue) && seedValue >= 0 && seedValue <= 2 ** 31 - 1;
  if (!seedOk) issues.push({ path: 'seed', message: `must be a whole number from 0 to ${2 ** 31 - 1}; got ${JSON.stringify(d.seed)}.` });
  const fieldIssues: Partial<Record<FieldKey, string>> = {};
  const otherIssues: ScenarioIssue[] = [];
  for (const issue of issues) {
    const field = PATH_TO_FIELD.find(([prefix]) => issue.path === prefix || issue.path.startsWith(`${prefix}.`) || issue.path.startsWith(`${prefix}[`))?.[1];
    if (!field) {
      otherIssues.push(issue);
      continue;
    }
    const message = rescaleMessage(issue.message, SCALE[field]);
    fieldIssues[field] = fieldIssues[field] ? `${fieldIssues[field]} ${message}` : message;
  }
  return {
    input,
    scenario: check.ok && seedOk ? check.scenario : null,
    seed: seedOk ? (seedValue as number) : null,
    fieldIssues,
    otherIssues,
  };
}

/** Put the engine's "from A to B ms … got N" into the field's unit, so the message matches what was typed. */
export function rescaleMessage(message: string, scale: { factor: number; unit: string } | undefined): string {
  if (!scale) return message;
  const conv = (n: string) => String(Number((Number(n) / scale.factor).toPrecision(6)));
  return message
    .replace(/from (-?[\d.e+]+) to (-?[\d.e+]+) ms/, (_m, a: string, b: string) => `from ${conv(a)} to ${conv(b)} ${scale.unit}`)
    .replace(/got (-?[\d.e+]+)\./, (_m, n: string) => `got ${conv(n)}.`);
}
