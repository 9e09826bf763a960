/**
 * A small JSON reader that remembers where every key and value is. `JSON.parse` gives no
 * positions, and the YAML parser is several times slower on large inputs; this one is linear and
 * stops at the first syntax error with its position, keeping the entries read so far.
 */
import type { Entry, ParsedEntries } from './entry';
import { createProblem, type Problem, type SourceRange } from './problems';
import { createPositionFinder, type SourceText } from './sourceText';

const MAX_DEPTH = 64;
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

class JsonSyntaxError {
  constructor(readonly offset: number, readonly message: string) {}
}

type Scalar = { kind: 'scalar'; text: string; start: number; end: number };

export function parseJson(source: SourceText): ParsedEntries {
  const text = source.text;
  const entries: Entry[] = [];
  const problems: Problem[] = [];
  const positionOf = createPositionFinder(source);
  const rangeOf = (start: number, end: number): SourceRange => {
    const a = positionOf(start);
    const b = positionOf(Math.max(end, start));
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  };
  let i = 0;

  const fail = (message: string): never => {
    throw new JsonSyntaxError(i, message);
  };
  const skipSpace = (): void => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const expect = (ch: string, message: string): void => {
    skipSpace();
    if (text[i] !== ch) fail(message);
    i++;
  };

  function readString(): string {
    i++; // opening quote
    let out = '';
    let from = i;
    while (i < text.length) {
      const ch = text[i];
      if (ch === '"') {
        out += text.slice(from, i++);
        return out;
      }
      if (ch === '\\') {
        out += text.slice(from, i);
        const next = text[i + 1];
        if (next === 'u') {
          const hex = text.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('A "\\u" escape needs four hexadecimal digits.');
          out += String.fromCharCode(parseInt(hex, 16));
          i += 6;
        } else if (next !== undefined && ESCAPES[next] !== undefined) {
          out += ESCAPES[next];
          i += 2;
        } else {
          fail('Unknown escape in a string. Write a backslash as \\\\.');
        }
        from = i;
        continue;
      }
      if (ch === '\n' || ch === '\r') fail('A string must end on the line it starts: add the closing ".');
      i++;
    }
    return fail('A string is never closed: add the closing ".');
  }

  function readScalar(): Scalar {
    skipSpace();
    const start = i;
    if (text[i] === '"') {
      const value = readString();
      return { kind: 'scalar', text: value, start, end: i };
    }
    const match = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
    match.lastIndex = i;
    const m = match.exec(text);
    if (!m) fail('Expected a value here: a "string", a number, true, false, null, an object or a list.');
    i += m![0].length;
    return { kind: 'scalar', text: m![0] === 'null' ? '' : m![0], start, end: i };
  }

  function push(key: string, value: string, keyRange: SourceRange, start: number, end: number): void {
    entries.push({ key, value, keyRange, valueRange: rangeOf(start, end), quoting: 'structured' });
  }

  function readObject(prefix: string, depth: number): void {
    if (depth > MAX_DEPTH) fail('The JSON is nested too deeply.');
    i++; // {
    skipSpace();
    if (text[i] === '}') {
      i++;
      return;
    }
    for (;;) {
      skipSpace();
      if (text[i] !== '"') fail('Expected a key in double quotes.');
      const keyStart = i;
      const name = readString();
      const keyRange = rangeOf(keyStart, i);
      const key = prefix ? `${prefix}.${name}` : name;
      expect(':', 'Expected ":" after the key.');
      readValue(key, keyRange, depth);
      skipSpace();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '}') {
        i++;
        return;
      }
      fail('Expected "," or "}" after the value.');
    }
  }

  function readValue(key: string, keyRange: SourceRange, depth: number): void {
    skipSpace();
    if (text[i] === '{') return readObject(key, depth + 1);
    if (text[i] !== '[') {
      const s = readScalar();
      return push(key, s.text, keyRange, s.start, s.end);
    }
    if (depth > MAX_DEPTH) fail('The JSON is nested too deeply.');
    // A list of plain values becomes one comma-separated value (how scopes are written).
    const start = i++;
    const items: Scalar[] = [];
    skipSpace();
    if (text[i] === ']') {
      i++;
      return push(key, '', keyRange, start, i);
    }
    for (let index = 0; ; index++) {
      skipSpace();
      if (text[i] === '{' || text[i] === '[') readValue(`${key}[${index}]`, keyRange, depth + 1);
      else items.push(readScalar());
      skipSpace();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === ']') {
        i++;
        break;
      }
      fail('Expected "," or "]" after the list item.');
    }
    if (items.length > 0) push(key, items.map((s) => s.text).join(','), keyRange, start, i);
  }

  try {
    skipSpace();
    if (i >= text.length) return { entries, problems };
    if (text[i] !== '{') {
      problems.push(createProblem('not-a-mapping', 'error', 'Expected a JSON object: start with "{".', rangeOf(i, i + 1)));
      return { entries, problems };
    }
    readObject('', 1);
    skipSpace();
    if (i < text.length) fail('Unexpected text after the closing "}". Remove it.');
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    const at = Math.min(error.offset, text.length);
    const start = at >= text.length ? Math.max(0, text.length - 1) : at;
    problems.push(createProblem('json-syntax', 'error', error.message, rangeOf(start, Math.min(start + 1, text.length))));
  }
  return { entries, problems };
}
