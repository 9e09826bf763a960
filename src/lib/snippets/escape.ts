/**
 * Quoting for every language a snippet is written in. Each function takes a field, plain text or
 * segments and keeps the secret flag on the escaped text, so masking still finds the secret after
 * quoting. All the escapes here are character-local, which is what makes per-segment escaping
 * correct.
 */
import type { Field } from './fields';
import type { Segment } from './segments';

export type EscapablePart = Field | Segment | string;
export type Escapable = EscapablePart | readonly EscapablePart[];

function partToSegment(part: EscapablePart): Segment {
  if (typeof part === 'string') return { text: part };
  if ('value' in part) return part.secret ? { text: part.value, secret: true } : { text: part.value };
  return part.secret ? { text: part.text, secret: true } : { text: part.text };
}

export function toSegments(input: Escapable): Segment[] {
  return Array.isArray(input) ? (input as readonly EscapablePart[]).map(partToSegment) : [partToSegment(input as EscapablePart)];
}

function mapText(input: Escapable, transform: (text: string, isFirst: boolean) => string): Segment[] {
  return toSegments(input).map((segment, i) => ({ ...segment, text: transform(segment.text, i === 0) }));
}

function wrap(open: string, body: Segment[], close: string): Segment[] {
  return [{ text: open }, ...body, { text: close }];
}

function unicodeEscape(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** POSIX shell single quotes: nothing inside is special except `'` itself. */
export function shellQuoted(input: Escapable): Segment[] {
  return wrap("'", mapText(input, (t) => t.replace(/'/g, `'\\''`)), "'");
}

const C_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * A string literal for Java, C#, Go, Python or JavaScript, which share these escapes. Escaping
 * every backslash also defuses Java's `\uXXXX` pre-processing.
 */
export function cStringQuoted(input: Escapable, quote: '"' | "'" = '"'): Segment[] {
  const escape = (text: string) =>
    text.replace(/[\\"'\u0000-\u001f\u007f]/g, (c) => {
      if (c === '\\') return '\\\\';
      if (c === '"' || c === "'") return c === quote ? `\\${c}` : c;
      return C_ESCAPES[c] ?? unicodeEscape(c);
    });
  return wrap(quote, mapText(input, escape), quote);
}

/** JSON string, as JSON.stringify writes it. */
export function jsonQuoted(input: Escapable): Segment[] {
  return wrap('"', mapText(input, (t) => JSON.stringify(t).slice(1, -1)), '"');
}

function hasControlChars(input: Escapable): boolean {
  return toSegments(input).some((s) => /[\u0000-\u0008\u000a-\u001f\u007f]/.test(s.text));
}

/**
 * YAML scalar. Single quotes keep backslashes readable (only `'` doubles); double quotes are
 * used only when a control character forces escapes.
 */
export function yamlQuoted(input: Escapable): Segment[] {
  if (hasControlChars(input)) return jsonQuoted(input); // JSON strings are valid YAML double-quoted scalars
  return wrap("'", mapText(input, (t) => t.replace(/'/g, "''")), "'");
}

/** Docker Compose interpolates `$` in YAML values; `$$` is its literal dollar. */
export function composeQuoted(input: Escapable): Segment[] {
  return yamlQuoted(mapText(input, (t) => t.replace(/\$/g, '$$$$')));
}

/**
 * Value of a `.properties` line. Spring Boot reads these files as ISO-8859-1, so anything outside
 * ASCII becomes `\uXXXX`; leading blanks would be dropped by the loader unless escaped.
 */
export function propertiesValue(input: Escapable): Segment[] {
  let leading = true;
  return mapText(input, (text) =>
    Array.from(text)
      .map((char) => {
        const wasLeading = leading;
        if (char !== ' ' && char !== '\t' && char !== '\f') leading = false;
        if (char === '\\') return '\\\\';
        if (char === '\t') return '\\t';
        if (char === '\n') return '\\n';
        if (char === '\r') return '\\r';
        if (char === '\f') return '\\f';
        if (char === ' ') return wasLeading ? '\\ ' : ' ';
        const code = char.codePointAt(0) ?? 0;
        if (code < 0x20 || code > 0x7e) {
          // Astral characters become a surrogate pair of escapes, as Properties.load expects.
          return Array.from({ length: char.length }, (_, i) => unicodeEscape(char[i])).join('');
        }
        return char;
      })
      .join(''),
  );
}

/** Spring resolves `${...}` inside property values, so such a secret would be rewritten. */
export function hasSpringPlaceholder(value: string): boolean {
  return value.includes('${');
}
