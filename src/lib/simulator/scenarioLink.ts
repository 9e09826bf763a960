/**
 * Share a scenario as a URL fragment: `sim=v1.<base64url JSON>` holding only the settings that
 * differ from the defaults, plus the seed. Only known scenario settings are ever written, so a
 * link cannot carry credentials; decoding drops anything else and validates the rest.
 */
import * as base64url from 'jose/base64url';
import { checkScenario, DEFAULT_SCENARIO, type Scenario, type ScenarioInput, type ScenarioIssue } from './scenario';

const PREFIX = 'sim=v1.';

export type DecodedLink = { ok: true; scenario: Scenario; seed: number } | { ok: false; issues: ScenarioIssue[] };

/** The fragment (without '#') for a scenario and seed. */
export function encodeScenarioLink(input: ScenarioInput, seed: number): string {
  const check = checkScenario(input);
  if (!check.ok) throw new Error(`Cannot link an invalid scenario: ${check.issues.map((i) => `${i.path}: ${i.message}`).join(' ')}`);
  const diff = diffFrom(DEFAULT_SCENARIO, check.scenario) ?? {};
  return PREFIX + base64url.encode(JSON.stringify({ s: diff, seed }));
}

/** Read a fragment made by `encodeScenarioLink` (a leading '#' is fine). */
export function decodeScenarioLink(fragment: string): DecodedLink {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (!text.startsWith(PREFIX)) {
    return { ok: false, issues: [{ path: '(link)', message: `Not a simulator link: it should start with "#${PREFIX}".` }] };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(base64url.decode(text.slice(PREFIX.length))));
  } catch {
    return { ok: false, issues: [{ path: '(link)', message: 'The link is damaged (it does not decode); copy it again in full.' }] };
  }
  const body = parsed as { s?: unknown; seed?: unknown };
  if (!body || typeof body !== 'object' || typeof body.s !== 'object' || body.s === null) {
    return { ok: false, issues: [{ path: '(link)', message: 'The link holds no scenario settings.' }] };
  }
  const seed = typeof body.seed === 'number' && Number.isInteger(body.seed) ? body.seed : 1;
  const check = checkScenario(body.s as ScenarioInput);
  return check.ok ? { ok: true, scenario: check.scenario, seed } : check;
}

/** The parts of `value` that differ from `base` (whole arrays and mode objects when they differ). */
function diffFrom(base: unknown, value: unknown): unknown {
  if (JSON.stringify(base) === JSON.stringify(value)) return undefined;
  const isPlain = (x: unknown) => x !== null && typeof x === 'object' && !Array.isArray(x);
  if (!isPlain(base) || !isPlain(value)) return value;
  const b = base as Record<string, unknown>;
  const v = value as Record<string, unknown>;
  // A different mode or kind means a different shape: keep the whole object.
  if ((b.mode ?? b.kind) !== (v.mode ?? v.kind)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(v)) {
    const d = diffFrom(b[key], v[key]);
    if (d !== undefined) out[key] = d;
  }
  if ('mode' in v) out.mode = v.mode;
  if ('kind' in v) out.kind = v.kind;
  return out;
}
