/**
 * Finds the catalogue entry for a key as written in a file. Spring binds properties "relaxed"
 * (`client-id`, `clientId`, `client_id` and the env form `CLIENT_ID` are one property), so
 * property names are compared in Spring's canonical form: lower case, no dashes or underscores.
 */
import { JSON_KEYS, OTHER_CLIENT_SETTINGS, VARIABLES, type CredentialField, type VariableInfo } from './variables';

export type KeyResolution =
  | { kind: 'variable'; info: VariableInfo }
  | { kind: 'json'; field: CredentialField }
  /** Known, but not about credentials: neither checked nor reported. */
  | { kind: 'ignored' }
  | { kind: 'unknown'; suggestion?: string };

const ENV_BY_NAME = new Map(VARIABLES.filter((v) => v.kind === 'env').map((v) => [v.name, v]));
const PROPERTY_BY_CANONICAL = new Map(VARIABLES.filter((v) => v.kind === 'property').map((v) => [canonicalProperty(v.name), v]));

/** Spring's canonical property form: `camunda.client.auth.client-id` → `camunda.client.auth.clientid`. */
function canonicalProperty(key: string): string {
  return key.toLowerCase().replace(/[-_]/g, '');
}

// The editor re-parses on every keystroke with mostly the same keys; remembering answers makes
// large files cheap. Bounded so that a stream of random keys cannot grow it without limit.
const cache = new Map<string, KeyResolution>();
const CACHE_LIMIT = 10_000;

export function resolveKey(key: string): KeyResolution {
  let resolution = cache.get(key);
  if (resolution === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    resolution = resolveUncached(key);
    cache.set(key, resolution);
  }
  return resolution;
}

function resolveUncached(key: string): KeyResolution {
  const envVariable = ENV_BY_NAME.get(key);
  if (envVariable) return { kind: 'variable', info: envVariable };
  if (OTHER_CLIENT_SETTINGS.has(key)) return { kind: 'ignored' };
  if (Object.prototype.hasOwnProperty.call(JSON_KEYS, key)) return { kind: 'json', field: JSON_KEYS[key] };
  const property = PROPERTY_BY_CANONICAL.get(canonicalProperty(key));
  if (property) return { kind: 'variable', info: property };
  // Spring's environment-variable form of a property: CAMUNDA_CLIENT_CLOUD_REGION, ZEEBE_CLIENT_CLOUD_CLUSTERID.
  if (/^[A-Z0-9_]+$/.test(key)) {
    const asProperty = PROPERTY_BY_CANONICAL.get(key.toLowerCase().split('_').join('.').replace(/\.+/g, '.').replace(/[-_]/g, ''));
    if (asProperty) return { kind: 'variable', info: asProperty };
  }
  return { kind: 'unknown' };
}

/** Whether values under this key must be masked: known secrets, and anything named like one. */
export function isSecretKey(key: string): boolean {
  const resolution = resolveKey(key);
  if (resolution.kind === 'variable') return resolution.info.secret === true;
  if (resolution.kind === 'json') return resolution.field === 'clientSecret';
  return /secret|password|token|private/i.test(key);
}

const SUGGESTION_NAMES = [...VARIABLES.map((v) => v.name)];

/** The known name closest to `key` (edit distance at most 2, ignoring case), if any. */
export function suggestName(key: string): string | undefined {
  if (key.length > 80) return undefined;
  const lower = key.toLowerCase();
  let best: string | undefined;
  let bestDistance = 3;
  for (const name of SUGGESTION_NAMES) {
    if (Math.abs(name.length - key.length) >= bestDistance) continue;
    const d = editDistance(lower, name.toLowerCase(), bestDistance);
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return best;
}

/** Levenshtein distance, giving up (returning `limit`) once it cannot get below `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin >= limit) return limit;
    previous = current;
  }
  return Math.min(previous[b.length], limit);
}
