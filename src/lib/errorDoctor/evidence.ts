/**
 * Reads pasted output as evidence: HTTP statuses, gRPC statuses, OAuth error codes, exception
 * classes, hosts and what they answer for, identity provider codes (AADSTS…), TLS and network
 * error codes, file paths, environment variables and content types. One tokenising pass plus a few
 * literal-led patterns, so the work grows linearly with the text.
 */
import type { NormalisedInput } from './normalise';
import { ERRNO_CODES, GRPC_CODES, GRPC_NAMES, grpcFromGo, hostRole, OAUTH_ERRORS, REASON_PHRASES, TLS_CODES } from './vocabulary';

/** Keys such as `http:401`, `grpc:UNAUTHENTICATED`, `host:token`, mapped to the words as seen. */
export type Evidence = Map<string, string>;

/** At most this many characters of a recognised word are kept for display. */
const SHOWN = 80;
/** Tokens longer than this are no word a client prints. */
const MAX_TOKEN = 300;

function add(ev: Evidence, key: string, seen: string): void {
  if (!ev.has(key)) ev.set(key, seen.length > SHOWN ? `${seen.slice(0, SHOWN)}…` : seen);
}

const STATUS_LED = /\b(?:status(?: code)?|response(?: code)?|http(?:\/[\d.]{1,3})?(?: status(?: code)?)?|error|code|not successful:?)[ :=(]{0,3}([1-5]\d\d)\b/gi;
const STATUS_THEN_REASON = /\b([45]\d\d)[ :(-]{0,3}(?:unauthorized|forbidden|not found|too many requests|service unavailable|bad gateway|internal server error|unsupported media type|bad request|gateway timeout)/gi;
const BARE_STATUS = /(^|[\s,;(/'"`])([45]\d\d)(?=$|[\s,;)/'"`])/g;
const GRPC_NUMBERED = /\b(1[346]|[1-578]) ([A-Z_]{5,19})\b/g;
const GRPC_GO = /code = ([A-Za-z]{5,20})/g;
const OAUTH_FIELD = /["']?error["']?[ \t]{0,3}[:=][ \t]{0,3}["']?([a-z_]{3,40})/g;
/** A host name followed by two ports, as when a client appends its default port to one that is there. */
const DOUBLE_PORT = /\.[a-z]{2,24}:\d{2,5}:\d{2,5}\b/i;

function scanStatuses(flat: string, ev: Evidence): void {
  for (const m of flat.matchAll(STATUS_LED)) add(ev, `http:${m[1]}`, m[0]);
  for (const m of flat.matchAll(STATUS_THEN_REASON)) add(ev, `http:${m[1]}`, m[0]);
  for (const m of flat.matchAll(BARE_STATUS)) add(ev, `http:${m[2]}`, m[2]);
  for (const m of flat.matchAll(GRPC_NUMBERED)) {
    const name = GRPC_CODES[Number(m[1])];
    if (name === m[2]) add(ev, `grpc:${name}`, m[0]);
  }
  for (const m of flat.matchAll(GRPC_GO)) {
    const name = grpcFromGo(m[1]);
    if (name) add(ev, `grpc:${name}`, m[0]);
  }
  for (const m of flat.matchAll(OAUTH_FIELD)) if (OAUTH_ERRORS.has(m[1])) add(ev, `oauth:${m[1]}`, m[1]);
  if (DOUBLE_PORT.test(flat)) add(ev, 'port:double', flat.match(DOUBLE_PORT)![0]);
}

/** Codes with an underscore survive a line wrapped inside them only in the squashed text. */
const WRAPPABLE_CODES = [
  ...['UNAUTHENTICATED', 'PERMISSION_DENIED', 'RESOURCE_EXHAUSTED', 'DEADLINE_EXCEEDED'].map((c) => ['grpc', c]),
  ...[...TLS_CODES].map((c) => ['tls', c]),
  ...[...OAUTH_ERRORS].filter((c) => c.includes('_')).map((c) => ['oauth', c]),
];

function scanReasonPhrases(squashed: string, ev: Evidence): void {
  for (const [kind, code] of WRAPPABLE_CODES) if (squashed.includes(code.toLowerCase())) add(ev, `${kind}:${code}`, code);
  for (const [phrase, status] of REASON_PHRASES) {
    if (squashed.includes(phrase)) add(ev, `http:${status}`, phrase === 'notfound' ? 'Not Found' : phrase);
  }
}

/** A path that looks like a token cache or a home folder. */
function classifyPath(token: string, ev: Evidence): void {
  add(ev, 'path:any', token);
  if (/\.(?:camunda|zeebe)\b|cloud\.token|credentials/i.test(token)) add(ev, 'path:cache', token);
  if (/^\/home\/|^~|^\/root\b|^\/\.camunda|\\Users\\/.test(token)) add(ev, 'path:home', token);
  if (/\/v[12]\//.test(token)) add(ev, 'path:api', token);
  if (/oauth\/token|\/token\b|oauth2\/v2\.0/.test(token)) add(ev, 'path:token', token);
}

function classifyHost(host: string, ev: Evidence): void {
  const role = hostRole(host);
  add(ev, `hostname:${host.toLowerCase()}`, host);
  if (role) add(ev, `host:${role}`, host);
}

/** One token: a word, a dotted name, a path or a URL without its scheme. */
function classifyToken(token: string, ev: Evidence): void {
  if (token.length > MAX_TOKEN) return;
  if (token.startsWith('//')) {
    const host = token.slice(2).split(/[/\\]/)[0];
    if (host) classifyHost(host, ev);
    classifyPath(token.slice(2 + host.length), ev);
    return;
  }
  if (/^(?:~|\.{0,2}\/|\\)/.test(token) && token.length > 1) {
    classifyPath(token, ev);
    return;
  }
  const bare = token.replace(/[.\-/]+$/, '');
  if (GRPC_NAMES.has(bare)) add(ev, `grpc:${bare}`, bare);
  else if (TLS_CODES.has(bare)) add(ev, `tls:${bare}`, bare);
  else if (ERRNO_CODES.has(bare)) add(ev, `errno:${bare}`, bare);
  else if (OAUTH_ERRORS.has(bare)) add(ev, `oauth:${bare}`, bare);
  else if (/^AADSTS\d{4,8}$/.test(bare)) {
    add(ev, `idp:${bare}`, bare);
    add(ev, 'idp:aadsts', bare);
  } else if (/^(?:ZEEBE|CAMUNDA)_[A-Z0-9_]{2,60}$/.test(bare)) {
    add(ev, `env:${bare}`, bare);
    add(ev, 'env:any', bare);
  } else if (/(?:^|\.)[A-Z][\w$]*(?:Exception|Error)$/.test(bare)) {
    const simple = bare.slice(bare.lastIndexOf('.') + 1);
    add(ev, `exc:${simple}`, bare);
  } else if (/^[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8}$/i.test(bare) && /\.(?:io|com|net|org|local|internal)$/i.test(bare)) {
    classifyHost(bare, ev);
  }
  if (bare.includes('/') && !bare.startsWith('//')) classifyPath(bare, ev);
}

/** Every piece of evidence in the text. */
export function extractEvidence(input: NormalisedInput): Evidence {
  const ev: Evidence = new Map();
  scanStatuses(input.flat, ev);
  scanReasonPhrases(input.squashed, ev);
  for (const m of input.text.matchAll(/[\w$.\-/~\\]+/g)) classifyToken(m[0], ev);
  if (input.squashed.includes('text/html')) add(ev, 'ctype:text/html', 'text/html');
  if (input.squashed.includes('application/json')) add(ev, 'ctype:json', 'application/json');
  return ev;
}
