/**
 * The error doctor: reads pasted output as evidence, scores every case of the catalogue on it, and
 * answers with the matching cases ranked, each with the words that made it match. When nothing
 * matches it says so and names the next check. Never throws; secrets are masked before anything
 * is analysed or shown.
 */
import { CLIENT_CASES } from './catalogueClient';
import { TOKEN_CASES } from './catalogueToken';
import { extractEvidence, type Evidence } from './evidence';
import { maskSecrets } from './maskSecrets';
import { normalise, squash, type NormalisedInput } from './normalise';
import type { CaseMatch, DoctorCase, Diagnosis, Signal } from './types';

export const DOCTOR_CASES: DoctorCase[] = [...TOKEN_CASES, ...CLIENT_CASES];

/** A case is shown from this score on. */
const MIN_SCORE = 4;
const MAX_MATCHES = 5;

const DERIVED: Record<string, string[]> = {
  'step:token': ['host:token', 'path:token', 'phrase:access token', 'phrase:accesstoken', 'phrase:oauth/token', 'phrase:token endpoint', 'phrase:token request', 'phrase:oauthcredentialsprovider', 'phrase:oauthprovider', 'phrase:tokenprovider', 'phrase:failed to obtain'],
  'step:cluster': ['host:cluster', 'host:component', 'path:api', 'phrase:rest api', 'phrase:orchestration cluster api', 'grpc:RESOURCE_EXHAUSTED'],
  'step:unreachable': ['phrase:context deadline exceeded', 'phrase:timed out', 'phrase:timeout', 'errno:ETIMEDOUT', 'errno:ECONNRESET', 'errno:ECONNREFUSED', 'errno:EHOSTUNREACH', 'exc:SocketTimeoutException', 'exc:ConnectException'],
  'step:dns': ['phrase:could not resolve host', 'phrase:no such host', 'errno:ENOTFOUND', 'exc:UnknownHostException', 'phrase:name resolution failed', 'phrase:unable to resolve host'],
};

/** Looks a key up: evidence, derived steps, or a phrase searched in the squashed text. */
function makeLookup(ev: Evidence, input: NormalisedInput) {
  const phrases = new Map<string, string | undefined>();
  const lookup = (key: string): string | undefined => {
    if (key.startsWith('phrase:')) {
      if (!phrases.has(key)) {
        const phrase = key.slice(7);
        phrases.set(key, input.squashed.includes(squash(phrase)) ? `“${phrase}”` : undefined);
      }
      return phrases.get(key);
    }
    const derived = DERIVED[key];
    if (derived) {
      for (const k of derived) {
        const seen = lookup(k);
        if (seen) return seen;
      }
      return undefined;
    }
    return ev.get(key);
  };
  return lookup;
}

function scoreSignal(signal: Signal, lookup: (key: string) => string | undefined): string[] | undefined {
  const words: string[] = [];
  if (signal.any.length > 0) {
    const hit = signal.any.map(lookup).find((w) => w !== undefined);
    if (!hit) return undefined;
    words.push(hit);
  }
  for (const key of signal.all ?? []) {
    const seen = lookup(key);
    if (!seen) return undefined;
    words.push(seen);
  }
  if ((signal.unless ?? []).some((key) => lookup(key) !== undefined)) return undefined;
  return words;
}

function scoreCase(c: DoctorCase, lookup: (key: string) => string | undefined): CaseMatch {
  let score = 0;
  const why: string[] = [];
  for (const signal of c.signals) {
    const words = scoreSignal(signal, lookup);
    if (!words) continue;
    score += signal.weight;
    for (const w of words) if (!why.includes(w)) why.push(w);
  }
  return { id: c.id, title: c.title, cause: c.cause, nextCheck: c.nextCheck, score, why };
}

const KIND_NAMES: Record<string, string> = {
  http: 'HTTP status',
  grpc: 'gRPC status',
  oauth: 'OAuth error',
  exc: 'exception',
  host: 'host',
  hostname: 'host',
  tls: 'TLS error',
  errno: 'network or file error',
  idp: 'identity provider code',
  env: 'variable',
  path: 'path',
  ctype: 'content type',
  port: 'address',
};

const HOST_ROLES: Record<string, string> = {
  token: 'the token endpoint',
  cluster: 'the cluster',
  component: 'a cluster component',
  console: 'the Administration API',
  entra: 'Microsoft Entra ID',
  local: 'a local server',
};

/** "kind: words" for each distinct piece of evidence, for the reader to check what was read. */
function describeEvidence(ev: Evidence): string[] {
  const lines = new Set<string>();
  for (const [key, seen] of ev) {
    const kind = key.slice(0, key.indexOf(':'));
    if (key === 'idp:aadsts' || key === 'env:any' || key === 'path:any' || (kind === 'path' && key !== 'path:cache') || kind === 'hostname') continue;
    const role = kind === 'host' ? ` (${HOST_ROLES[key.slice(5)] ?? key.slice(5)})` : '';
    lines.add(`${KIND_NAMES[kind] ?? kind}: ${seen}${role}`);
  }
  return [...lines];
}

function noMatch(recognised: string[], empty: boolean): Diagnosis['noMatch'] {
  if (empty) return { message: 'Nothing to diagnose yet: the field is empty.', nextCheck: 'Paste what your program printed: the whole error with its "Caused by" lines, or the HTTP answer.' };
  return {
    message:
      recognised.length === 0
        ? 'No case matched: the text holds no status, error code, exception or host the doctor knows.'
        : 'No case matched the evidence found. It is listed below, so you can see what was read.',
    nextCheck:
      'Run the curl token request from “Connect your client” with the same credentials. If curl gets a token, the problem is in the client’s configuration; if not, its answer names the problem. Paste that answer here.',
  };
}

/** Diagnose pasted output. Never throws: anything unexpected ends as "no case matched". */
export function diagnose(pasted: string): Diagnosis {
  try {
    return diagnoseText(pasted);
  } catch {
    // A bug in a rule must not take the page down; the reader still gets the next check.
    return { matches: [], recognised: [], noMatch: noMatch([], false), maskedText: '', maskedCount: 0, truncated: false, inputChars: 0 };
  }
}

function diagnoseText(pasted: string): Diagnosis {
  const raw = typeof pasted === 'string' ? pasted : '';
  const masked = maskSecrets(raw);
  const input = normalise(masked.text);
  const base = { maskedText: input.text, maskedCount: masked.count, truncated: input.truncated, inputChars: raw.length };
  if (input.squashed.length === 0) return { ...base, matches: [], recognised: [], noMatch: noMatch([], true) };
  const ev = extractEvidence(input);
  const lookup = makeLookup(ev, input);
  const matches = DOCTOR_CASES.map((c) => scoreCase(c, lookup))
    .filter((m) => m.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_MATCHES);
  const recognised = describeEvidence(ev);
  return { ...base, matches, recognised, noMatch: matches.length === 0 ? noMatch(recognised, false) : undefined };
}
