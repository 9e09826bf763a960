/**
 * Reads the Console's download (`export KEY='value'`, a POSIX shell script) and `.env` files.
 * Line based on purpose: an unterminated quote is reported on its own line instead of swallowing
 * the rest of the file, which is what an editor validating on every keystroke needs.
 */
import type { Entry, ParsedEntries, Quoting } from './entry';
import { createProblem, type Problem } from './problems';
import { rangeOnLine, type SourceLine, type SourceText } from './sourceText';

export type EnvDialect = 'shell' | 'env';

const SHELL_KEY = /[A-Za-z_][A-Za-z0-9_]*/y;
// dotenv libraries also accept dots and dashes in names.
const DOTENV_KEY = /[A-Za-z_][A-Za-z0-9_.-]*/y;
const EXPORT = /export[ \t]+/y;
const WHOLE_REFERENCE = /^\$(?:\{[^}]+\}|[A-Za-z_][A-Za-z0-9_]*)$/;
const EXPANSION_START = /[A-Za-z0-9_{(@*#?$!-]/;

interface ScannedValue {
  value: string;
  end: number;
  quoting: Quoting;
  expands: boolean;
}

type ScanResult = ScannedValue | Problem;

export function parseEnvFile(source: SourceText, dialect: EnvDialect): ParsedEntries {
  const entries: Entry[] = [];
  const problems: Problem[] = [];
  for (const line of source.lines) {
    const result = parseLine(line, dialect);
    if (result === undefined) continue;
    if ('code' in result) problems.push(result);
    else entries.push(result);
  }
  return { entries, problems };
}

function skipBlanks(text: string, i: number): number {
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}

function trimmedEnd(text: string): number {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return end;
}

function parseLine(line: SourceLine, dialect: EnvDialect): Entry | Problem | undefined {
  const { text, number } = line;
  let i = skipBlanks(text, 0);
  if (i >= text.length || text[i] === '#') return undefined;

  EXPORT.lastIndex = i;
  const exported = EXPORT.test(text);
  if (exported) i = EXPORT.lastIndex;
  const keyPattern = dialect === 'shell' ? SHELL_KEY : DOTENV_KEY;
  keyPattern.lastIndex = i;
  const keyMatch = keyPattern.exec(text);
  const lineEnd = trimmedEnd(text);
  if (!keyMatch) {
    return createProblem(
      'not-an-assignment',
      'error',
      'This line is not a KEY=value assignment. Write it as KEY=\'value\', or start it with # to make it a comment.',
      rangeOnLine(number, i, Math.max(lineEnd, i + 1)),
    );
  }
  const key = keyMatch[0];
  const keyStart = i;
  const keyEnd = i + key.length;
  const keyRange = rangeOnLine(number, keyStart, keyEnd);
  let j = keyEnd;

  if (text[j] !== '=') {
    const afterBlanks = skipBlanks(text, j);
    if (afterBlanks >= text.length || text[afterBlanks] === '#') {
      return createProblem(
        'not-an-assignment',
        // `export KEY` is valid shell (it exports an existing variable) but gives no value here.
        exported ? 'warning' : 'error',
        `${key} has no value. Write it as ${key}='value'.`,
        keyRange,
        key,
      );
    }
    if (text[afterBlanks] === '=') {
      if (dialect === 'env') {
        j = afterBlanks;
      } else {
        return createProblem(
          'spaces-around-equals',
          'error',
          `A shell reads "${key} =" as a command, not an assignment. Remove the spaces around "=".`,
          rangeOnLine(number, keyStart, afterBlanks + 1),
          key,
        );
      }
    } else {
      return createProblem(
        'invalid-key',
        'error',
        dialect === 'shell'
          ? 'A variable name may contain only letters, digits and "_", and is followed directly by "=".'
          : 'A variable name may contain only letters, digits, "_", "." and "-", followed by "=".',
        rangeOnLine(number, keyStart, Math.max(lineEnd, keyEnd + 1)),
        key,
      );
    }
  }
  j++; // past '='

  if (dialect === 'shell' && (text[j] === ' ' || text[j] === '\t') && skipBlanks(text, j) < text.length && text[skipBlanks(text, j)] !== '#') {
    return createProblem(
      'spaces-around-equals',
      'error',
      `A shell sets ${key} to nothing and runs the rest as a command. Remove the space after "=".`,
      rangeOnLine(number, keyStart, skipBlanks(text, j)),
      key,
    );
  }
  const valueStart = dialect === 'env' ? skipBlanks(text, j) : j;
  const scanned = dialect === 'shell' ? scanShellValue(text, valueStart, number, key) : scanDotenvValue(text, valueStart, number, key);
  if ('code' in scanned) return scanned;

  const rest = checkRest(text, scanned.end, number, key, dialect);
  if (rest) return rest;

  const raw = stripDoubleQuotes(text.slice(valueStart, scanned.end).trim());
  const entry: Entry = {
    key,
    value: scanned.value,
    keyRange,
    valueRange: rangeOnLine(number, valueStart, scanned.end),
    quoting: scanned.quoting,
  };
  if (scanned.quoting !== 'single' && scanned.quoting !== 'mixed' && WHOLE_REFERENCE.test(raw)) entry.reference = true;
  else if (scanned.expands) entry.expands = true;
  return entry;
}

function stripDoubleQuotes(raw: string): string {
  return raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"') ? raw.slice(1, -1) : raw;
}

/** After the value only blanks, an optional `;` (shell) and a comment may follow. */
function checkRest(text: string, end: number, number: number, key: string, dialect: EnvDialect): Problem | undefined {
  let k = skipBlanks(text, end);
  if (dialect === 'shell' && text[k] === ';') k = skipBlanks(text, k + 1);
  if (k >= text.length || (text[k] === '#' && (k > end || dialect === 'env'))) return undefined;
  return createProblem(
    'unexpected-text',
    'error',
    `Unexpected text after the value of ${key}. If the value contains spaces or special characters, put it in single quotes: ${key}='…'.`,
    rangeOnLine(number, k, trimmedEnd(text)),
    key,
  );
}

const QUOTE_NAMES: Record<string, string> = { "'": 'single quote', '"': 'double quote', '`': 'backtick', "$'": "$' quote" };

function unterminated(number: number, start: number, text: string, key: string, quote: string): Problem {
  const closing = quote === "$'" ? "'" : quote;
  return createProblem(
    'unterminated-quote',
    'error',
    `The value of ${key} opens a ${QUOTE_NAMES[quote]} that is never closed on this line. Add the closing ${closing} at the end of the value.`,
    rangeOnLine(number, start, Math.max(trimmedEnd(text), start + 1)),
    key,
  );
}

function mergeQuoting(current: Quoting | undefined, next: Quoting): Quoting {
  return current === undefined || current === next ? next : 'mixed';
}

const ANSI_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '\\': '\\', "'": "'", '"': '"' };

/** One shell word: concatenated unquoted, '…', "…" and $'…' pieces. */
function scanShellValue(text: string, start: number, number: number, key: string): ScanResult {
  let value = '';
  let quoting: Quoting | undefined;
  let expands = false;
  let j = start;
  while (j < text.length) {
    const c = text[j];
    if (c === ' ' || c === '\t' || c === ';' || '|&<>()'.includes(c)) break;
    if (c === "'") {
      const close = text.indexOf("'", j + 1);
      if (close < 0) return unterminated(number, j, text, key, "'");
      value += text.slice(j + 1, close);
      quoting = mergeQuoting(quoting, 'single');
      j = close + 1;
    } else if (c === '"') {
      let k = j + 1;
      let closed = false;
      while (k < text.length) {
        const ch = text[k];
        if (ch === '\\' && k + 1 < text.length && '$`"\\'.includes(text[k + 1])) {
          value += text[k + 1];
          k += 2;
          continue;
        }
        if (ch === '"') {
          closed = true;
          break;
        }
        if ((ch === '$' && EXPANSION_START.test(text[k + 1] ?? '')) || ch === '`') expands = true;
        value += ch;
        k++;
      }
      if (!closed) return unterminated(number, j, text, key, '"');
      quoting = mergeQuoting(quoting, 'double');
      j = k + 1;
    } else if (c === '$' && text[j + 1] === "'") {
      let k = j + 2;
      let closed = false;
      while (k < text.length) {
        const ch = text[k];
        if (ch === '\\' && k + 1 < text.length) {
          const next = text[k + 1];
          value += ANSI_ESCAPES[next] ?? `\\${next}`;
          k += 2;
          continue;
        }
        if (ch === "'") {
          closed = true;
          break;
        }
        value += ch;
        k++;
      }
      if (!closed) return unterminated(number, j, text, key, "$'");
      quoting = mergeQuoting(quoting, 'single');
      j = k + 1;
    } else if (c === '\\') {
      if (j + 1 >= text.length) {
        return createProblem(
          'unexpected-text',
          'error',
          `The value of ${key} ends with a backslash, which would continue it on the next line. Put the whole value on one line in single quotes.`,
          rangeOnLine(number, j, j + 1),
          key,
        );
      }
      value += text[j + 1];
      quoting = mergeQuoting(quoting, 'none');
      j += 2;
    } else {
      if ((c === '$' && EXPANSION_START.test(text[j + 1] ?? '')) || c === '`') expands = true;
      value += c;
      quoting = mergeQuoting(quoting, 'none');
      j++;
    }
  }
  return { value, end: j, quoting: quoting ?? 'none', expands };
}

const DOTENV_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '\\': '\\', '"': '"', $: '$' };

/** A dotenv value: one quoted string, or the rest of the line up to a ` #` comment. */
function scanDotenvValue(text: string, start: number, number: number, key: string): ScanResult {
  const c = text[start];
  if (c === "'" || c === '`') {
    const close = text.indexOf(c, start + 1);
    if (close < 0) return unterminated(number, start, text, key, c);
    return { value: text.slice(start + 1, close), end: close + 1, quoting: 'single', expands: false };
  }
  if (c === '"') {
    let value = '';
    let k = start + 1;
    while (k < text.length) {
      const ch = text[k];
      if (ch === '\\' && k + 1 < text.length) {
        const next = text[k + 1];
        value += DOTENV_ESCAPES[next] ?? `\\${next}`;
        k += 2;
        continue;
      }
      if (ch === '"') return { value, end: k + 1, quoting: 'double', expands: false };
      value += ch;
      k++;
    }
    return unterminated(number, start, text, key, '"');
  }
  let end = text.length;
  for (let k = start; k < text.length; k++) {
    if (text[k] === '#' && k > start && (text[k - 1] === ' ' || text[k - 1] === '\t')) {
      end = k;
      break;
    }
  }
  while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return { value: text.slice(start, end), end, quoting: 'none', expands: false };
}
