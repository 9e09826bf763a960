/**
 * Reads the Console's download (`export KEY='value'`, a POSIX shell script) and `.env` files.
 * Line based on purpose: an unterminated quote is reported on its own line instead of swallowing
 * the rest of the file, which is what an editor validating on every keystroke needs.
 */
import type { Entry, ParsedEntries } from './entry';
import { createProblem, type Problem } from './problems';
import { scanDotenvValue, scanShellValue, trimmedEnd } from './scanEnvValue';
import { rangeOnLine, type SourceLine, type SourceText } from './sourceText';

export type EnvDialect = 'shell' | 'env';

const SHELL_KEY = /[A-Za-z_][A-Za-z0-9_]*/y;
// dotenv libraries also accept dots and dashes in names.
const DOTENV_KEY = /[A-Za-z_][A-Za-z0-9_.-]*/y;
const EXPORT = /export[ \t]+/y;
const WHOLE_REFERENCE = /^\$(?:\{[^}]+\}|[A-Za-z_][A-Za-z0-9_]*)$/;

export function parseEnvFile(source: SourceText, dialect: EnvDialect): ParsedEntries {
  const entries: Entry[] = [];
  const problems: Problem[] = [];
  for (const line of source.lines) {
    const result = parseLine(line, dialect);
    if (result === undefined) continue;
    if ('code' in result) problems.push(result);
    else {
      entries.push(result.entry);
      if (dialect === 'shell' && !result.exported) {
        // Sourcing sets it in the shell only; programs started from there do not see it.
        problems.push(
          createProblem('not-exported', 'warning', `${result.entry.key} has no "export", so programs started from this shell will not see it. Write export ${result.entry.key}=….`, result.entry.keyRange, result.entry.key),
        );
      }
    }
  }
  return { entries, problems };
}

function skipBlanks(text: string, i: number): number {
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}

interface KeyAt {
  key: string;
  keyStart: number;
  keyEnd: number;
  number: number;
  exported: boolean;
}

/** Where the `=` after the key is, or the problem that stops the line from being an assignment. */
function equalsAt(text: string, k: KeyAt, dialect: EnvDialect): number | Problem {
  const { key, keyStart, keyEnd, number } = k;
  if (text[keyEnd] === '=') return keyEnd;
  const keyRange = rangeOnLine(number, keyStart, keyEnd);
  const afterBlanks = skipBlanks(text, keyEnd);
  if (afterBlanks >= text.length || text[afterBlanks] === '#') {
    // `export KEY` is valid shell (it exports an existing variable) but gives no value here.
    return createProblem('not-an-assignment', k.exported ? 'warning' : 'error', `${key} has no value. Write it as ${key}='value'.`, keyRange, key);
  }
  if (text[afterBlanks] === '=') {
    if (dialect === 'env') return afterBlanks;
    return createProblem('spaces-around-equals', 'error', `A shell reads "${key} =" as a command, not an assignment. Remove the spaces around "=".`,
      rangeOnLine(number, keyStart, afterBlanks + 1), key);
  }
  return createProblem(
    'invalid-key',
    'error',
    dialect === 'shell'
      ? 'A variable name may contain only letters, digits and "_", and is followed directly by "=".'
      : 'A variable name may contain only letters, digits, "_", "." and "-", followed by "=".',
    rangeOnLine(number, keyStart, Math.max(trimmedEnd(text), keyEnd + 1)),
    key,
  );
}

/** The value from just after `=`: scanned, checked for trailing text, and made an entry. */
function readValue(text: string, k: KeyAt, afterEquals: number, dialect: EnvDialect): Entry | Problem {
  const { key, keyStart, number } = k;
  const j = afterEquals;
  if (dialect === 'shell' && (text[j] === ' ' || text[j] === '\t') && skipBlanks(text, j) < text.length && text[skipBlanks(text, j)] !== '#') {
    return createProblem('spaces-around-equals', 'error', `A shell sets ${key} to nothing and runs the rest as a command. Remove the space after "=".`,
      rangeOnLine(number, keyStart, skipBlanks(text, j)), key);
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
    keyRange: rangeOnLine(number, keyStart, k.keyEnd),
    valueRange: rangeOnLine(number, valueStart, scanned.end),
    quoting: scanned.quoting,
  };
  if (scanned.quoting !== 'single' && scanned.quoting !== 'mixed' && WHOLE_REFERENCE.test(raw)) entry.reference = true;
  else if (scanned.expands) entry.expands = true;
  return entry;
}

function parseLine(line: SourceLine, dialect: EnvDialect): { entry: Entry; exported: boolean } | Problem | undefined {
  const { text, number } = line;
  let i = skipBlanks(text, 0);
  if (i >= text.length || text[i] === '#') return undefined;

  EXPORT.lastIndex = i;
  const exported = EXPORT.test(text);
  if (exported) i = EXPORT.lastIndex;
  const keyPattern = dialect === 'shell' ? SHELL_KEY : DOTENV_KEY;
  keyPattern.lastIndex = i;
  const keyMatch = keyPattern.exec(text);
  if (!keyMatch) {
    return createProblem(
      'not-an-assignment',
      'error',
      'This line is not a KEY=value assignment. Write it as KEY=\'value\', or start it with # to make it a comment.',
      rangeOnLine(number, i, Math.max(trimmedEnd(text), i + 1)),
    );
  }
  const k: KeyAt = { key: keyMatch[0], keyStart: i, keyEnd: i + keyMatch[0].length, number, exported };
  const equals = equalsAt(text, k, dialect);
  if (typeof equals !== 'number') return equals;
  const entry = readValue(text, k, equals + 1, dialect);
  return 'code' in entry ? entry : { entry, exported };
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

