/**
 * Reads Java `.properties` files the way `java.util.Properties` (and so Spring Boot) does:
 * `#`/`!` comments, `=`, `:` or blanks between key and value, backslash escapes, `\uXXXX`, and
 * lines continued with a trailing backslash.
 */
import type { Entry, ParsedEntries } from './entry';
import { createProblem, type Problem, type SourceRange } from './problems';
import { createPositionFinder, type SourceText } from './sourceText';

const PLACEHOLDER = /^\$\{[^}]+\}$/;
const ESCAPES: Record<string, string> = { t: '\t', n: '\n', r: '\r', f: '\f' };

interface LogicalLine {
  text: string;
  /** Where each joined piece of `text` starts in the source (most lines have one piece). */
  pieces: { from: number; offset: number }[];
  /** Source offset just past the line's last character. */
  end: number;
}

/** Source offset of character `index` of a logical line (or of its end). */
function offsetIn(line: LogicalLine, index: number): number {
  if (index >= line.text.length) return line.end;
  let k = line.pieces.length - 1;
  while (k > 0 && line.pieces[k].from > index) k--;
  return line.pieces[k].offset + (index - line.pieces[k].from);
}

function isBlank(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\f';
}

function endsWithOddBackslashes(text: string): boolean {
  let n = 0;
  for (let i = text.length - 1; i >= 0 && text[i] === '\\'; i--) n++;
  return n % 2 === 1;
}

/** Joins continued natural lines into logical ones, remembering where each piece came from. */
function readLogicalLines(source: SourceText): LogicalLine[] {
  const result: LogicalLine[] = [];
  const { lines } = source;
  for (let n = 0; n < lines.length; n++) {
    let line = lines[n];
    let from = 0;
    while (from < line.text.length && isBlank(line.text[from])) from++;
    if (from >= line.text.length || line.text[from] === '#' || line.text[from] === '!') continue;
    let text = '';
    const pieces: LogicalLine['pieces'] = [];
    let end: number;
    for (;;) {
      const continued = endsWithOddBackslashes(line.text);
      const upTo = continued ? line.text.length - 1 : line.text.length;
      pieces.push({ from: text.length, offset: line.start + from });
      text += line.text.slice(from, upTo);
      if (!continued || n + 1 >= lines.length) {
        end = line.start + upTo;
        break;
      }
      line = lines[++n];
      from = 0;
      while (from < line.text.length && isBlank(line.text[from])) from++;
    }
    result.push({ text, pieces, end });
  }
  return result;
}

/** Decodes escapes in `text[from, to)`; returns the string or the index of a bad `\u`. */
function unescape(text: string, from: number, to: number): string | number {
  const slice = text.slice(from, to);
  if (!slice.includes('\\')) return slice;
  let out = '';
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch !== '\\' || i + 1 >= to) {
      out += ch;
      continue;
    }
    const next = text[++i];
    if (next === 'u') {
      const hex = text.slice(i + 1, i + 5);
      if (i + 5 > to || !/^[0-9a-fA-F]{4}$/.test(hex)) return i - 1;
      out += String.fromCharCode(parseInt(hex, 16));
      i += 4;
    } else {
      out += ESCAPES[next] ?? next;
    }
  }
  return out;
}

export function parseProperties(source: SourceText): ParsedEntries {
  const entries: Entry[] = [];
  const problems: Problem[] = [];
  const positionOf = createPositionFinder(source);
  for (const logical of readLogicalLines(source)) {
    const { text } = logical;
    const rangeOf = (from: number, to: number): SourceRange => {
      const start = positionOf(offsetIn(logical, from));
      // End just after the last character of the span (or the span's start when it is empty).
      const end = to > from ? positionOf(offsetIn(logical, to - 1)) : start;
      return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column + (to > from ? 1 : 0) };
    };
    let k = 0;
    while (k < text.length) {
      const ch = text[k];
      if (ch === '=' || ch === ':' || isBlank(ch)) break;
      k += ch === '\\' ? 2 : 1;
    }
    const keyEnd = Math.min(k, text.length);
    while (k < text.length && isBlank(text[k])) k++;
    if (text[k] === '=' || text[k] === ':') k++;
    while (k < text.length && isBlank(text[k])) k++;
    const valueStart = k;

    const key = unescape(text, 0, keyEnd);
    const value = unescape(text, valueStart, text.length);
    if (typeof key === 'number' || typeof value === 'number') {
      const at = typeof key === 'number' ? key : (value as number);
      problems.push(
        createProblem(
          'unexpected-text',
          'error',
          'A "\\u" escape must be followed by four hexadecimal digits, for example \\u00e9. Fix the escape or remove the backslash.',
          rangeOf(at, Math.min(at + 6, text.length)),
          typeof key === 'string' ? key : undefined,
        ),
      );
      continue;
    }
    const entry: Entry = {
      key,
      value,
      keyRange: rangeOf(0, keyEnd),
      valueRange: rangeOf(valueStart, text.length),
      quoting: 'none',
    };
    if (PLACEHOLDER.test(value)) entry.reference = true;
    entries.push(entry);
  }
  return { entries, problems };
}
