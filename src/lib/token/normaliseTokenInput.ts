import type { TokenProblem } from './problems';

/**
 * Largest paste we look at. Real access tokens are a few KB (Camunda's are under 2 KB; anything
 * above 16 KB breaks common HTTP header limits), so 64 KiB leaves room for a pasted JSON response
 * while refusing accidental file dumps before any scanning happens.
 */
export const MAX_TOKEN_INPUT_LENGTH = 64 * 1024;

export interface NormalisedTokenInput {
  /** The token after clean-up; all offsets reported elsewhere refer to this string. */
  token: string;
  /** Info notes for every change made, or an error when the input was refused. */
  problems: TokenProblem[];
  /** True when the input was too large to look at; `token` is then empty. */
  refused: boolean;
}

// Fields of a token endpoint response (RFC 6749 §5.1, OIDC) that may hold a JWT, best first.
const TOKEN_FIELDS = ['access_token', 'id_token', 'token', 'jwt'] as const;

const note = (code: string, message: string): TokenProblem => ({ code, severity: 'info', message });

/**
 * Turns whatever a person pasted into the bare compact token: a whole `Authorization:` header line,
 * a `Bearer ` prefix, quotes, a JSON token response, a URL fragment, line breaks from wrapped text.
 * Each change is reported as an info note so the user learns what their paste contained.
 */
export function normaliseTokenInput(input: string): NormalisedTokenInput {
  if (input.length > MAX_TOKEN_INPUT_LENGTH) {
    return {
      token: '',
      refused: true,
      problems: [
        {
          code: 'input-too-large',
          severity: 'error',
          message: `The pasted text has ${input.length.toLocaleString('en')} characters; this inspector reads at most ${MAX_TOKEN_INPUT_LENGTH.toLocaleString('en')}. Access tokens are a few thousand characters: paste only the token.`,
        },
      ],
    };
  }

  const problems: TokenProblem[] = [];
  let text = input;
  // Wrappers can nest (a quoted header line, a JSON body with a Bearer value), so peel until stable.
  for (let round = 0; round < 6; round++) {
    const before = text;
    text = peelOnce(text, problems);
    if (text === before) break;
  }

  const inner = text.match(/\s/g);
  if (inner) {
    const breaks = inner.filter((c) => c === '\n' || c === '\r').length;
    const spaces = inner.length - breaks;
    const parts = [
      breaks ? `${breaks} line break${breaks === 1 ? '' : 's'}` : '',
      spaces ? `${spaces} space${spaces === 1 ? '' : 's'} or tab${spaces === 1 ? '' : 's'}` : '',
    ].filter(Boolean);
    problems.push(
      note(
        'removed-inner-whitespace',
        `Removed ${parts.join(' and ')} inside the token. They appear when a token is wrapped by an e-mail, a terminal or a log viewer; a token never contains whitespace.`,
      ),
    );
    text = text.replace(/\s+/g, '');
  }

  if (text === '') {
    problems.push({
      code: 'empty-input',
      severity: input.trim() === '' ? 'info' : 'error',
      message:
        input.trim() === ''
          ? 'Paste an access token (three base64url parts separated by dots, starting with "eyJ").'
          : 'Nothing is left after removing the prefixes and quotes: the paste holds no token.',
    });
  }
  return { token: text, problems, refused: false };
}

function peelOnce(text: string, problems: TokenProblem[]): string {
  const trimmed = text.trim();
  if (trimmed !== text) {
    if (!problems.some((p) => p.code === 'trimmed-whitespace')) {
      problems.push(note('trimmed-whitespace', 'Removed spaces or line breaks around the token.'));
    }
    return trimmed;
  }

  const fromJson = extractFromJson(text);
  if (fromJson) {
    problems.push(
      note(
        'extracted-from-json',
        `The paste is a JSON document; using its "${fromJson.field}" field. Token responses also hold expires_in and token_type, which this inspector does not need.`,
      ),
    );
    return fromJson.token;
  }

  const header = /^(?:-H\s*)?["']?(?:proxy-)?authori[sz]ation\s*:\s*/i.exec(text);
  if (header) {
    problems.push(note('removed-authorization-header', 'Removed the "Authorization:" header name in front of the token.'));
    return text.slice(header[0].length).replace(/["']$/, (q) => (header[0].includes(q) ? '' : q));
  }

  const quoted = /^(["'`])([\s\S]*)\1[,;]?$/.exec(text);
  if (quoted) {
    problems.push(note('removed-quotes', `Removed the ${quoted[1]} quotes around the token.`));
    return quoted[2];
  }

  const bearer = /^bearer(?:\s+|$)/i.exec(text);
  if (bearer) {
    problems.push(
      note('removed-bearer-prefix', 'Removed the "Bearer " prefix: it belongs to the Authorization header, not to the token.'),
    );
    return text.slice(bearer[0].length);
  }

  const fromUrl = /(?:^|[?#&])(access_token|id_token)=([^&\s#]+)/.exec(text);
  if (fromUrl) {
    problems.push(note('extracted-from-url', `Took the token from the "${fromUrl[1]}=" parameter of the pasted URL or form body.`));
    return safeDecodeURIComponent(fromUrl[2]);
  }
  return text;
}

function extractFromJson(text: string): { field: string; token: string } | undefined {
  if (!text.startsWith('{') && !/^"(?:access_token|id_token)"\s*:/.test(text)) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const field of TOKEN_FIELDS) {
        const token = (value as Record<string, unknown>)[field];
        if (typeof token === 'string' && token !== '') return { field, token };
      }
    }
    return undefined;
  } catch {
    // A fragment of a response ("access_token": "...") or a truncated body: look for the field.
    const match = /"(access_token|id_token)"\s*:\s*"([^"]*)"/.exec(text);
    return match ? { field: match[1], token: match[2] } : undefined;
  }
}

function safeDecodeURIComponent(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
