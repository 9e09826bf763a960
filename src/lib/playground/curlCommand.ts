/**
 * A history entry as a curl command. By default no secret is in it: the client secret becomes
 * "$ZEEBE_CLIENT_SECRET" (the variable the Console's file exports) and a bearer token "$TOKEN",
 * so the command still runs after `source CamundaCredentials.sh`; only when the reader asks are
 * the real values written in.
 */
import { shellQuoted } from '../formats/shell';
import type { HistoryEntry, SentRequest } from './history';

export const SECRET_VARIABLE = 'ZEEBE_CLIENT_SECRET';
export const TOKEN_VARIABLE = 'TOKEN';

type Part = string | { variable: string; value: string };
type Arg = Part[];

/** Inside double quotes only these four stay special. */
function doubleQuoted(parts: Arg): string {
  const escape = (text: string) => text.replace(/[\\"$`]/g, (c) => `\\${c}`);
  return `"${parts.map((p) => (typeof p === 'string' ? escape(p) : `\${${p.variable}}`)).join('')}"`;
}

function quote(parts: Arg, includeSecrets: boolean): string {
  if (parts.length === 1 && typeof parts[0] === 'string' && /^[A-Za-z0-9_./:@-]+$/.test(parts[0])) return parts[0];
  const hasVariable = parts.some((p) => typeof p !== 'string');
  if (hasVariable && !includeSecrets) return doubleQuoted(parts);
  return shellQuoted(parts.map((p) => (typeof p === 'string' ? p : p.value)))
    .map((s) => s.text)
    .join('');
}

/** Split `text` around every occurrence of `value`, marking those as the variable. */
function around(text: string, value: string, variable: string): Arg {
  if (!value) return [text];
  const out: Arg = [];
  text.split(value).forEach((piece, i) => {
    if (i > 0) out.push({ variable, value });
    if (piece) out.push(piece);
  });
  return out;
}

function bodyArgs(request: SentRequest, secret: string): Arg[][] {
  if (!request.body) return [];
  const type = Object.entries(request.headers).find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? '';
  if (type.startsWith('application/x-www-form-urlencoded')) {
    // One --data-urlencode per field: readable, and curl encodes the value as the form needs.
    return [...new URLSearchParams(request.body)].map(([name, value]) => [['--data-urlencode'], around(`${name}=${value}`, secret, SECRET_VARIABLE)]);
  }
  // The JSON body names the secret as JSON escapes it; Console secrets need no escaping.
  return [[['--data'], around(request.body, secret ? JSON.stringify(secret).slice(1, -1) : '', SECRET_VARIABLE)]];
}

function headerArgs(entry: HistoryEntry): Arg[][] {
  const out: Arg[][] = [];
  for (const [name, value] of Object.entries(entry.request.headers)) {
    const lower = name.toLowerCase();
    if (lower === 'authorization' && entry.kind === 'token' && entry.basicAuth) continue; // written as --user
    if (lower === 'authorization' && entry.kind === 'call' && entry.token) {
      out.push([['--header'], around(`${name}: ${value}`, entry.token, TOKEN_VARIABLE)]);
    } else {
      out.push([['--header'], [`${name}: ${value}`]]);
    }
  }
  return out;
}

/**
 * The command, one option per line. HTTP Basic is written as --user, which curl does not
 * form-encode: the same bytes as the page sent for ids and secrets of Console's characters.
 */
export function renderCurl(entry: HistoryEntry, options: { includeSecrets: boolean }): string {
  const secret = entry.kind === 'token' ? entry.clientSecret : '';
  const groups: Arg[][] = [[['curl'], ['--silent'], ['--show-error'], ['--request'], [entry.request.method], [entry.request.url]]];
  if (entry.kind === 'token' && entry.basicAuth) groups.push([['--user'], [entry.clientId, ':', { variable: SECRET_VARIABLE, value: secret }]]);
  groups.push(...headerArgs(entry), ...bodyArgs(entry.request, secret));
  const lines = groups.map((group) => group.map((arg) => quote(arg, options.includeSecrets)).join(' '));
  return lines.join(' \\\n  ');
}

/** What the reader must set before running the masked command, if anything. */
export function variablesNeeded(entry: HistoryEntry): string[] {
  if (entry.kind === 'token') return entry.clientSecret ? [SECRET_VARIABLE] : [];
  return entry.token ? [TOKEN_VARIABLE] : [];
}
