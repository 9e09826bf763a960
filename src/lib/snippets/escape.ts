/**
 * String literals for the languages a snippet is written in. Each function takes a field, plain
 * text or segments and keeps the secret flag on the escaped text, so masking still finds the
 * secret after quoting. File formats (shell, .env, .properties, YAML) quote in `src/lib/formats/`.
 */
import { jsonEscape, quoteSegments, unicodeEscape, type Escapable, type Quoting } from '../formats/quoting';
import type { Segment } from './segments';

const C_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * A string literal for Java, C#, Go, Python or JavaScript, which share these escapes. Escaping
 * every backslash also defuses Java's `\uXXXX` pre-processing.
 */
export function cStringQuoted(input: Escapable, quote: '"' | "'" = '"'): Segment[] {
  const quoting: Quoting = {
    open: () => quote,
    close: () => quote,
    escape: (value, i) => {
      const c = value[i];
      if (c === '\\') return '\\\\';
      if (c === '"' || c === "'") return c === quote ? `\\${c}` : c;
      if (/[\u0000-\u001f\u007f]/.test(c)) return C_ESCAPES[c] ?? unicodeEscape(c.charCodeAt(0));
      return c;
    },
  };
  return quoteSegments(input, quoting);
}

/** JSON string, as JSON.stringify writes it. */
export function jsonQuoted(input: Escapable): Segment[] {
  return quoteSegments(input, { open: () => '"', close: () => '"', escape: jsonEscape });
}
