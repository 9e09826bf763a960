/**
 * The raw protocol with curl: ask for a token, read it from the JSON answer, call Zeebe's REST
 * API with it. The form-body variant is what most clients send; the JSON variant is what the C#
 * client and the Administration API docs use.
 */
import { shellQuoted } from '../formats/shell';
import { jsonQuoted } from './escape';
import type { SnippetFields } from './fields';
import { code, lines, type Piece, type Segment } from './segments';
import type { GeneratorOutput } from './types';

function jsonBody(f: SnippetFields): Segment[] {
  return code`{"grant_type": "client_credentials", "audience": ${jsonQuoted(f.audience)}, "client_id": ${jsonQuoted(f.clientId)}, "client_secret": ${jsonQuoted(f.clientSecret)}}`;
}

function tokenRequest(f: SnippetFields, body: 'form' | 'json'): Piece[] {
  const start = [
    '# 1. Ask the authorization server for a token (OAuth 2.0 client-credentials grant).',
    code`RESPONSE=$(curl --silent --show-error --request POST ${shellQuoted(f.tokenUrl)} \\`,
  ];
  if (body === 'form') {
    return [
      ...start,
      "  --header 'Content-Type: application/x-www-form-urlencoded' \\",
      "  --data-urlencode 'grant_type=client_credentials' \\",
      code`  --data-urlencode ${shellQuoted(['audience=', f.audience])} \\`,
      code`  --data-urlencode ${shellQuoted(['client_id=', f.clientId])} \\`,
      code`  --data-urlencode ${shellQuoted(['client_secret=', f.clientSecret])})`,
    ];
  }
  return [
    ...start,
    "  --header 'Content-Type: application/json' \\",
    code`  --data ${shellQuoted(jsonBody(f))})`,
  ];
}

function readTokenAndCall(f: SnippetFields): Piece[] {
  return [
    '# 2. Take access_token out of the JSON answer: jq if installed, sed otherwise.',
    'if command -v jq >/dev/null 2>&1; then',
    "  TOKEN=$(printf '%s' \"$RESPONSE\" | jq -r '.access_token // empty')",
    'else',
    "  TOKEN=$(printf '%s' \"$RESPONSE\" | sed -n 's/.*\"access_token\"[[:space:]]*:[[:space:]]*\"\\([^\"]*\\)\".*/\\1/p')",
    'fi',
    '[ -n "$TOKEN" ] || echo "No token in the answer: $RESPONSE" >&2',
    '',
    '# 3. Call Zeebe with the token. Reuse $TOKEN until it expires (24 h); every new token',
    '#    request counts against the shared limit of about one per second per IP address.',
    'curl --silent --show-error --header "Authorization: Bearer $TOKEN" \\',
    code`  ${shellQuoted(`${f.restAddress.value}/v2/topology`)}`,
  ];
}

export function generateCurl(f: SnippetFields): GeneratorOutput {
  return { segments: lines(...tokenRequest(f, 'form'), '', ...readTokenAndCall(f)) };
}

export function generateCurlJson(f: SnippetFields): GeneratorOutput {
  return { segments: lines(...tokenRequest(f, 'json'), '', ...readTokenAndCall(f)) };
}
